using System.Collections.Immutable;

namespace Media.Abstractions.Accounts;

/// <summary>
/// One filing in an account's history, with its deadline and whether it came late; a change filed since the history kept
/// them has its <see cref="Differences"/> (null on older filings and on the others).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.filing-entry")]
public sealed record FilingEntry(
    [property: Id(0)] FilingKind Kind,
    [property: Id(1)] DateOnly EffectiveOn,
    [property: Id(2)] DateTimeOffset FiledAt,
    [property: Id(3)] DateOnly Deadline,
    [property: Id(4)] bool Late,
    [property: Id(5)] string Actor,
    [property: Id(6)] string? Reason,
    [property: Id(7)] AccountChanges? Changes,
    [property: Id(8)] ImmutableArray<FieldDifference>? Differences = null);
