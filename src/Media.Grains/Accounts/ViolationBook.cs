using Media.Abstractions.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>Opens and closes violation episodes in an account's state and notes what changed.</summary>
internal sealed class ViolationBook(AccountState state, string accountId)
{
    private const int ClosedKept = 50;

    public List<ViolationRecord> Changed { get; } = [];

    public int Opened { get; private set; }

    public int Resolved { get; private set; }

    public ViolationRecord? Active(string rule, string? episodeKey = null) =>
        state.Violations.LastOrDefault(v => v.Rule == rule && ViolationStatuses.IsActive(v.Status)
            && (episodeKey is null || v.EpisodeKey == episodeKey));

    public bool Has(string rule, string episodeKey) =>
        state.Violations.Exists(v => v.Rule == rule && v.EpisodeKey == episodeKey);

    /// <summary>Opens an episode of the rule unless one is active.</summary>
    public void Open(string rule, DateTimeOffset at, string evidence, ViolationStatus status = ViolationStatus.Open,
        string? episodeKey = null)
    {
        if (Active(rule, episodeKey) is not null)
        {
            return;
        }

        Add(new ViolationRecord(NextId(), accountId, rule, at, status, evidence, null, null, episodeKey));
    }

    /// <summary>Ends the rule's active machine episode, if any, as resolved.</summary>
    /// <remarks>A person's finding is not resolved by monitoring: the machine may not see what the person saw
    /// (a closed comment section behind a working button), so it ends only through rectification.</remarks>
    public void Resolve(string rule, DateTimeOffset at, string by)
    {
        if (state.Violations.LastOrDefault(v => v.Rule == rule && v.Source is null && ViolationStatuses.IsActive(v.Status)) is { } open)
        {
            Replace(open, open with { Status = ViolationStatus.Resolved, ClosedAt = at, ClosedBy = by });
            Resolved++;
        }
    }

    /// <summary>Opens a person's finding as an episode keyed by its source, unless that source's episode of the rule is active.</summary>
    public ViolationRecord Find(HumanFinding finding, DateTimeOffset at) =>
        Active(finding.Rule, finding.Source) ?? Add(new ViolationRecord(NextId(), accountId, finding.Rule, at,
            ViolationStatus.Open, finding.Evidence, null, null, finding.Source, Source: finding.Source, RaisedBy: finding.Actor));

    /// <summary>Puts a changed violation in place of the old one and records the change.</summary>
    public void Replace(ViolationRecord old, ViolationRecord updated)
    {
        state.Violations[state.Violations.IndexOf(old)] = updated;
        Changed.Add(updated);
        Prune();
    }

    private string NextId() => $"{accountId}{ViolationRecord.Separator}{++state.ViolationCount}";

    private ViolationRecord Add(ViolationRecord violation)
    {
        state.Violations.Add(violation);
        Changed.Add(violation);
        Opened++;
        return violation;
    }

    // Closed episodes beyond the most recent few are dropped; the region index and the audit keep history.
    private void Prune()
    {
        var closed = state.Violations.Where(v => !ViolationStatuses.IsActive(v.Status)).ToList();
        foreach (var old in closed.Take(Math.Max(0, closed.Count - ClosedKept)))
        {
            state.Violations.Remove(old);
        }
    }
}
