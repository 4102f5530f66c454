namespace Media.Abstractions.Monitoring;

/// <summary>
/// A problem a person found on an account: an inspection item (<see cref="Source"/> <c>sampling:{id}</c>) or a
/// supervisor's own report (<c>report:{username}:{n}</c>). It becomes a violation of <see cref="Rule"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.human-finding")]
public sealed record HumanFinding(
    [property: Id(0)] string Rule,
    [property: Id(1)] string Evidence,
    [property: Id(2)] string Source,
    [property: Id(3)] string Actor);
