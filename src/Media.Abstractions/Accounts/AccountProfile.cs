namespace Media.Abstractions.Accounts;

/// <summary>The parts of a filing record that a change filing (变更) may alter.</summary>
[GenerateSerializer, Immutable, Alias("media.account-profile")]
public sealed record AccountProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Url,
    [property: Id(2)] string? FeedUrl,
    [property: Id(3)] bool Interaction,
    [property: Id(4)] ContactPerson Responsible,
    [property: Id(5)] OperatorRecord? Operator);
