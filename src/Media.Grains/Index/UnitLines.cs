using System.Runtime.InteropServices;
using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// A region's line positions by unit code, so a search that names units (by their name; lines carry only the code) visits
/// those units' lines instead of testing every line's unit. One array of positions grouped by unit, each group ascending,
/// and where each unit's group starts: four bytes a line. Built when first needed and dropped with the search text
/// (<see cref="LineSearch"/>), after a line is added or changes unit: a line changed otherwise keeps its place and unit.
/// </summary>
internal sealed class UnitLines
{
    private Dictionary<string, (int Start, int Count)>? _groups;
    private int[] _positions = [];

    public void Invalidate() => _groups = null;

    /// <summary>The positions (in <paramref name="entries"/>) of the lines of any of <paramref name="units"/>, ascending.</summary>
    public List<int> Of(List<IndexEntry> entries, IEnumerable<string> units)
    {
        var (groups, positions) = Built(entries);
        var found = new List<int>();
        foreach (var unit in units.Distinct(StringComparer.Ordinal))
        {
            if (groups.TryGetValue(unit, out var group))
            {
                found.AddRange(positions.AsSpan(group.Start, group.Count));
            }
        }

        found.Sort();
        return found;
    }

    // Counted first, then filled in line order: no per-unit lists, and each group comes out ascending.
    private (Dictionary<string, (int Start, int Count)> Groups, int[] Positions) Built(List<IndexEntry> entries)
    {
        if (_groups is { } built)
        {
            return (built, _positions);
        }

        var groups = new Dictionary<string, (int Start, int Count)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(groups, entry.UnitCode, out _).Count++;
        }

        var next = 0;
        foreach (var unit in groups.Keys)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrNullRef(groups, unit);
            (group.Start, next, group.Count) = (next, next + group.Count, 0);
        }

        var positions = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrNullRef(groups, entries[i].UnitCode);
            positions[group.Start + group.Count++] = i;
        }

        (_groups, _positions) = (groups, positions);
        return (groups, positions);
    }
}
