namespace Media.Abstractions.Index;

/// <summary>
/// A region's first answer to a deep page: how many lines match, and the ids of its matching lines at ranks 0, every,
/// 2·every… in id order (up to the first at or past the rank asked), from which the caller bounds where the page starts.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.index-ranks")]
public sealed record IndexRanks(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyList<string> Ids);

/// <summary>
/// A region's second answer to a deep page: how many matching lines sort before the window's first id, and its matching
/// lines from that id (inclusive) to the window's end (exclusive), in id order, at most the query's take.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.index-window")]
public sealed record IndexWindow(
    [property: Id(0)] int Before,
    [property: Id(1)] IReadOnlyList<IndexEntry> Items);
