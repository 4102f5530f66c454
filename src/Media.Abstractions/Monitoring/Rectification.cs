namespace Media.Abstractions.Monitoring;

/// <summary>
/// The rectification of a violation (整改, SPEC §3.5): the supervisor's notice with its deadline, the unit's
/// answer with an evidence link, and the supervisor's verdict; <see cref="RemindedAt"/> is set when the unit was
/// reminded of the deadline in the current round. A rejected answer sends it back to the unit;
/// the fields hold the current round, <see cref="History"/> every step since the first notice.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.rectification")]
public sealed record Rectification(
    [property: Id(0)] DateOnly Deadline,
    [property: Id(1)] DateTimeOffset NoticedAt,
    [property: Id(2)] string NoticedBy,
    [property: Id(3)] string? NoticeText,
    [property: Id(4)] string? ResponseText = null,
    [property: Id(5)] string? EvidenceUrl = null,
    [property: Id(6)] DateTimeOffset? RespondedAt = null,
    [property: Id(7)] string? RespondedBy = null,
    [property: Id(8)] string? VerdictNote = null,
    [property: Id(9)] DateTimeOffset? VerifiedAt = null,
    [property: Id(10)] string? VerifiedBy = null,
    [property: Id(11)] int Rejections = 0,
    [property: Id(12)] RectificationEntry[]? History = null,
    [property: Id(13)] DateTimeOffset? RemindedAt = null)
{
    /// <summary>When the current round began: the notice, or the rejection that sent the answer back.</summary>
    public DateTimeOffset RoundBegan => VerifiedAt ?? NoticedAt;
}
