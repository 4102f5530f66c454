namespace Media.Abstractions.Index;

/// <summary>
/// A week in one region, for the weekly summary: violations opened and resolved, accounts close to the
/// two-week line at the week's end, and filings made late during the week.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.week-facts")]
public sealed record WeekFacts(
    [property: Id(0)] IReadOnlyList<ViolationEntry> Opened,
    [property: Id(1)] IReadOnlyList<ViolationEntry> Resolved,
    [property: Id(2)] IReadOnlyList<IndexEntry> NearLine,
    [property: Id(3)] IReadOnlyList<IndexEntry> LateFilings)
{
    public static WeekFacts Empty { get; } = new([], [], [], []);

    public WeekFacts Plus(WeekFacts other) => new([.. Opened, .. other.Opened], [.. Resolved, .. other.Resolved],
        [.. NearLine, .. other.NearLine], [.. LateFilings, .. other.LateFilings]);
}
