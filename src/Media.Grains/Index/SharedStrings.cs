using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// One copy of each string that many index lines repeat (unit code, platform, region code, the findings' rule ids). A line arrives by a
/// grain call or from storage with copies of its own; shared, a large index holds far less (see docs/benchmarks.md).
/// </summary>
internal sealed class SharedStrings
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (_known.TryGetValue(value, out var known))
        {
            return known;
        }

        _known.Add(value);
        return value;
    }

    /// <summary>The line with its repeated strings replaced by the shared copies (the same line if they already are).</summary>
    public IndexEntry Share(IndexEntry entry)
    {
        var (unit, platform, region) = (Share(entry.UnitCode), Share(entry.Platform), Share(entry.RegionCode));
        var findings = entry.FindingRules is { } rules ? Share(rules) : null;
        return ReferenceEquals(unit, entry.UnitCode) && ReferenceEquals(platform, entry.Platform) && ReferenceEquals(region, entry.RegionCode)
            && ReferenceEquals(findings, entry.FindingRules)
            ? entry
            : entry with { UnitCode = unit, Platform = platform, RegionCode = region, FindingRules = findings };
    }
}
