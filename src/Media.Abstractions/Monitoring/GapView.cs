namespace Media.Abstractions.Monitoring;

/// <summary>
/// Why Media cannot judge an account now, as lists and pages show it: <see cref="Cause"/> is one of
/// <c>Media.Domain.Monitoring.GapCauses</c>, <see cref="Since"/> when it began (the filing, for <c>not-observed</c>),
/// <see cref="Detail"/> the Chinese explanation.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.gap-view")]
public sealed record GapView(
    [property: Id(0)] string Cause,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] string Detail);
