namespace Media.Abstractions.Alerts;

/// <summary>The outbox at a glance.</summary>
[GenerateSerializer, Immutable, Alias("media.outbox-counts")]
public sealed record OutboxCounts(
    [property: Id(0)] int UnroutedAlerts,
    [property: Id(1)] int Pending,
    [property: Id(2)] int Failing,
    [property: Id(3)] int Sent,
    [property: Id(4)] string? LastError);
