namespace Media.Abstractions.Audit;

/// <summary>
/// A filing an account is about to store: the audit row it will add, kept in the store before the account's state
/// is written and replaced by that audit row once the account's index line is written. One left behind by a crash
/// names an account whose state may be ahead of its index line and its audit log (<see cref="Storage.IFilingIntents"/>).
/// </summary>
/// <param name="AccountId">The account filed.</param>
/// <param name="Ordinal">The filing's 1-based place in the account's filings (1 = the opening).</param>
/// <param name="FiledAt">When it was filed: the filing entry's time and the audit row's.</param>
/// <param name="Actor">Who filed it.</param>
/// <param name="Action">The audit action, e.g. <c>account.open</c>.</param>
/// <param name="Before">The record before (JSON), absent for an opening.</param>
/// <param name="After">The record after (JSON).</param>
[GenerateSerializer, Immutable, Alias("media.filing-intent")]
public sealed record FilingIntent(
    [property: Id(0)] string AccountId,
    [property: Id(1)] int Ordinal,
    [property: Id(2)] DateTimeOffset FiledAt,
    [property: Id(3)] string Actor,
    [property: Id(4)] string Action,
    [property: Id(5)] string? Before,
    [property: Id(6)] string? After)
{
    /// <summary>The audit row this filing adds.</summary>
    public AuditEntry Audit => new(FiledAt, Actor, Action, AccountId, Before, After);
}
