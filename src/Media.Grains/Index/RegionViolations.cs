using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;

namespace Media.Grains.Index;

/// <summary>A region's violations by id, newest first in queries; closed ones are kept for a while.</summary>
internal sealed class RegionViolations
{
    private const int ClosedKept = 20_000;
    private readonly Dictionary<string, ViolationEntry> _byId = new(StringComparer.Ordinal);

    public void Load(IEnumerable<ViolationEntry> entries)
    {
        foreach (var entry in entries)
        {
            _byId[entry.Violation.Id] = entry;
        }
    }

    /// <summary>Stores the entries; returns the ids of old closed violations dropped to stay within the limit.</summary>
    public List<string> Upsert(IEnumerable<ViolationEntry> entries)
    {
        Load(entries);
        var dropped = new List<string>();
        var closed = _byId.Values.Where(v => !ViolationStatuses.IsActive(v.Violation.Status)).ToList();
        if (closed.Count > ClosedKept)
        {
            foreach (var old in closed.OrderBy(v => v.Violation.DetectedAt).Take(closed.Count - ClosedKept))
            {
                _byId.Remove(old.Violation.Id);
                dropped.Add(old.Violation.Id);
            }
        }

        return dropped;
    }

    public IEnumerable<ViolationEntry> All => _byId.Values;

    /// <summary>The accounts with an active violation of <paramref name="rule"/>.</summary>
    public HashSet<string> AccountsBreaking(string rule) =>
        [.. _byId.Values.Where(v => v.Violation.Rule == rule && ViolationStatuses.IsActive(v.Violation.Status)).Select(v => v.Violation.AccountId)];

    public ViolationPage Query(ViolationQuery query)
    {
        var matching = _byId.Values.Where(v =>
                (query.Rule is null || v.Violation.Rule == query.Rule)
                && (query.Status is null || v.Violation.Status == query.Status)
                && (!query.ActiveOnly || ViolationStatuses.IsActive(v.Violation.Status))
                && (query.UnitCode is null || v.UnitCode == query.UnitCode))
            .ToList();
        var items = matching.OrderByDescending(v => v.Violation.DetectedAt)
            .ThenBy(v => v.Violation.Id, StringComparer.Ordinal)
            .Take(query.Take)
            .ToList();
        return new ViolationPage(matching.Count, items);
    }
}
