using Media.Abstractions.Accounts;

namespace Media.Abstractions.Index;

/// <summary>
/// A filter over index entries; <see cref="Take"/> bounds how many sorted entries come back; <see cref="Rule"/> keeps
/// accounts whose filing record has that finding (a filing rule) or with an active violation of that rule (any other);
/// <see cref="GapOnly"/> keeps the running accounts Media cannot judge now (their line has a gap), <see cref="GapCause"/>
/// those of one cause, <see cref="GapFrom"/> those whose gap began then or later; <see cref="ExceptPlatform"/> leaves one
/// platform out (account lists leave out websites, which share the index lines but have their own list).
/// <see cref="Text"/> matches an account's name, its id or its unit's credit code; <see cref="TextUnits"/> adds the accounts
/// of the units whose name the text matched (looked up in the unit catalogs, since lines carry only the code).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.index-query")]
public sealed record IndexQuery(
    [property: Id(0)] string? Platform,
    [property: Id(1)] AccountStatus? Status,
    [property: Id(2)] string? UnitCode,
    [property: Id(3)] string? Text,
    [property: Id(4)] int Take,
    [property: Id(5)] bool GapOnly = false,
    [property: Id(6)] string? Rule = null,
    [property: Id(7)] string? GapCause = null,
    [property: Id(8)] DateTimeOffset? GapFrom = null,
    [property: Id(9)] string? ExceptPlatform = null,
    [property: Id(10)] string[]? TextUnits = null);

/// <summary>How many entries matched, and the first of them in account-id order.</summary>
[GenerateSerializer, Immutable, Alias("media.index-page")]
public sealed record IndexPage(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyList<IndexEntry> Items);
