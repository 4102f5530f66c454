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

        state.ViolationCount++;
        var violation = new ViolationRecord($"{accountId}{ViolationRecord.Separator}{state.ViolationCount}", accountId,
            rule, at, status, evidence, null, null, episodeKey);
        state.Violations.Add(violation);
        Changed.Add(violation);
        Opened++;
    }

    /// <summary>Ends the rule's active episode, if any, as resolved.</summary>
    public void Resolve(string rule, DateTimeOffset at, string by)
    {
        if (Active(rule) is { } open)
        {
            Replace(open, open with { Status = ViolationStatus.Resolved, ClosedAt = at, ClosedBy = by });
            Resolved++;
        }
    }

    /// <summary>Puts a changed violation in place of the old one and records the change.</summary>
    public void Replace(ViolationRecord old, ViolationRecord updated)
    {
        state.Violations[state.Violations.IndexOf(old)] = updated;
        Changed.Add(updated);
        Prune();
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
