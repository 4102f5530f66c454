namespace Media.Abstractions.Monitoring;

/// <summary>
/// One violation episode of one rule on one account. Its id is <c>{accountId}~{n}</c>, so the account
/// grain that owns it is found from the id alone. <see cref="Source"/> and <see cref="RaisedBy"/> are set only for a
/// person's finding (where it was found, who found it); monitoring never closes such an episode by itself.
/// <see cref="ReviewNote"/> is the reviewer's reason for confirming or dismissing a suspected hit.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.violation")]
public sealed record ViolationRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string AccountId,
    [property: Id(2)] string Rule,
    [property: Id(3)] DateTimeOffset DetectedAt,
    [property: Id(4)] ViolationStatus Status,
    [property: Id(5)] string Evidence,
    [property: Id(6)] DateTimeOffset? ClosedAt,
    [property: Id(7)] string? ClosedBy,
    [property: Id(8)] string? EpisodeKey,
    [property: Id(9)] Rectification? Rectification = null,
    [property: Id(10)] string? Source = null,
    [property: Id(11)] string? RaisedBy = null,
    [property: Id(12)] string? ReviewNote = null)
{
    public const char Separator = '~';

    /// <summary>The account part of a violation id, or null when the id has no owner part.</summary>
    public static string? AccountOf(string violationId)
    {
        var at = violationId.LastIndexOf(Separator);
        return at > 0 ? violationId[..at] : null;
    }
}
