namespace Media.Abstractions.Monitoring;

/// <summary>
/// One step of a rectification as it happened, kept for good (SPEC §3.5: every step, with its text and who took
/// it, stays visible): <c>notice</c>, <c>reminder</c> (sent by the system two days before the deadline), <c>answer</c>,
/// <c>rejection</c> or <c>verification</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.rectification-entry")]
public sealed record RectificationEntry(
    [property: Id(0)] string Step,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string? Text,
    [property: Id(4)] string? EvidenceUrl = null,
    [property: Id(5)] DateOnly? Deadline = null);
