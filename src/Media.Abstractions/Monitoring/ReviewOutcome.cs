namespace Media.Abstractions.Monitoring;

/// <summary>The result of reviewing a suspected hit: the violation (null if unknown) and whether it changed.</summary>
[GenerateSerializer, Immutable, Alias("media.review-outcome")]
public sealed record ReviewOutcome(
    [property: Id(0)] ViolationRecord? Violation,
    [property: Id(1)] bool Changed);
