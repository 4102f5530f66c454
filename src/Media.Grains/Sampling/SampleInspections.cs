using System.Collections.Immutable;
using Media.Abstractions.Sampling;

namespace Media.Grains.Sampling;

/// <summary>
/// A sampling's inspections in memory beside its draw: who may be inspected, the inspections in the order they were kept
/// (a replaced one moves to its replacement's place, as when they lived in the record), and the first account not yet
/// inspected. Recording k inspections costs O(k) here: the sample is looked up, never scanned.
/// </summary>
internal sealed class SampleInspections
{
    private readonly ImmutableArray<SampledAccount> _toInspect;
    private readonly HashSet<string> _members;
    private readonly OrderedDictionary<string, InspectionRecord> _kept = new(StringComparer.Ordinal);
    private int _next;

    public SampleInspections(SamplingRecord draw, IEnumerable<(long Order, InspectionRecord Inspection)> stored)
    {
        _toInspect = [.. draw.ToInspect];
        _members = _toInspect.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        foreach (var (order, inspection) in stored)
        {
            _kept.Remove(inspection.AccountId);
            _kept.Add(inspection.AccountId, inspection);
            NextOrder = Math.Max(NextOrder, order + 1);
        }

        Advance();
    }

    /// <summary>The order the next kept inspection is stored with.</summary>
    public long NextOrder { get; private set; }

    /// <summary>Every inspection in the order kept.</summary>
    public ImmutableArray<InspectionRecord> All => [.. _kept.Values];

    public bool AllMembers(IEnumerable<InspectionRecord> inspections) => inspections.All(i => _members.Contains(i.AccountId));

    /// <summary>
    /// The rows to store for <paramref name="inspections"/>: the later of two of one account wins, as it would have one
    /// request after the other, and takes the place after every earlier one.
    /// </summary>
    public List<(long Order, InspectionRecord Inspection)> Rows(ImmutableArray<InspectionRecord> inspections)
    {
        var order = NextOrder;
        return [.. inspections.Reverse().DistinctBy(i => i.AccountId).Reverse().Select(i => (order++, i))];
    }

    /// <summary>Keeps the stored <paramref name="rows"/> and answers what they replaced and the progress.</summary>
    public InspectionsKept Keep(List<(long Order, InspectionRecord Inspection)> rows)
    {
        var replaced = ImmutableArray.CreateBuilder<InspectionRecord>();
        foreach (var (order, inspection) in rows)
        {
            if (_kept.Remove(inspection.AccountId, out var earlier))
            {
                replaced.Add(earlier);
            }

            _kept.Add(inspection.AccountId, inspection);
            NextOrder = order + 1;
        }

        Advance();
        return new InspectionsKept(replaced.ToImmutable(), _kept.Count, _members.Count, _next < _toInspect.Length ? _toInspect[_next].AccountId : null);
    }

    // Inspections are never removed, so the first account not inspected only moves forward.
    private void Advance()
    {
        while (_next < _toInspect.Length && _kept.ContainsKey(_toInspect[_next].AccountId))
        {
            _next++;
        }
    }
}
