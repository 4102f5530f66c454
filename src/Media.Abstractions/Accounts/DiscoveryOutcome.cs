namespace Media.Abstractions.Accounts;

/// <summary>How a discovery ended.</summary>
public enum DiscoveryOutcomeKind
{
    /// <summary>Recorded now, with its <c>filing-missing</c> violation.</summary>
    Created = 0,

    /// <summary>The account had been discovered before: that discovery, unchanged.</summary>
    Existing = 1,

    /// <summary>A unit has filed the account: nothing is missing.</summary>
    AlreadyFiled = 2,
}

/// <summary>The result of a discovery: the discovery as it stands (none when the account is filed).</summary>
[GenerateSerializer, Immutable, Alias("media.discovery-outcome")]
public sealed record DiscoveryOutcome(
    [property: Id(0)] DiscoveryOutcomeKind Kind,
    [property: Id(1)] DiscoveryRecord? Discovery);
