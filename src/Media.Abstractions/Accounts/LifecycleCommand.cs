namespace Media.Abstractions.Accounts;

/// <summary>A validated change (变更), closure (关停) or cancellation (注销) filing.</summary>
[GenerateSerializer, Immutable, Alias("media.lifecycle-filing")]
public sealed record LifecycleCommand(
    [property: Id(0)] FilingKind Kind,
    [property: Id(1)] DateOnly EffectiveOn,
    [property: Id(2)] AccountChanges? Changes,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string Actor);
