using Media.Abstractions.Audit;

namespace Media.Storage;

/// <summary>
/// Walks the audit log in id order, one row at a time, following each lane of the chain (one on SQLite; one per silo
/// writer on PostgreSQL, plus lane 0 from before lanes), and remembers where the chain first fails to hold.
/// </summary>
/// <param name="laneStarts">The registered lanes and the id of the chained row each opened after (0: the legacy seal).</param>
internal sealed class AuditChainCheck(IReadOnlyDictionary<long, long> laneStarts)
{
    private readonly SortedDictionary<long, string> _heads = [];
    private readonly HashSet<long> _anchorIds = [.. laneStarts.Values.Where(id => id > 0)];
    private readonly Dictionary<long, string> _anchors = [];
    private string _seal = AuditChain.Genesis;
    private bool _chainStarted;
    private long _rows;
    private long _legacy;
    private long? _brokenAt;
    private string? _problem;

    /// <param name="row">The audit row.</param>
    /// <param name="prevHash">Its chain row's previous hash; null when it has no chain row.</param>
    /// <param name="hash">Its chain row's hash; null when it has no chain row.</param>
    /// <param name="lane">Its chain row's lane (0 on SQLite and for rows chained before lanes).</param>
    public void Add(AuditRow row, string? prevHash, string? hash, long lane = 0)
    {
        _rows++;
        if (_brokenAt is not null)
        {
            return;
        }

        if (hash is null || prevHash is null)
        {
            if (!_chainStarted)
            {
                // Written before the chain existed: part of the block the first chained row of each lane seals.
                _legacy++;
                _seal = AuditChain.Hash(row, _seal);
                return;
            }

            Break(row, "该行没有哈希链记录：它是绕过系统写入的");
            return;
        }

        _chainStarted = true;
        if (lane != 0 && !laneStarts.ContainsKey(lane))
        {
            Break(row, "该行所属的哈希链未登记：它是绕过系统写入的");
            return;
        }

        var prev = _heads.TryGetValue(lane, out var head) ? head : Start(lane);
        if (prev is null || !string.Equals(prevHash, prev, StringComparison.Ordinal))
        {
            Break(row, "该行记录的前一行哈希与实际不符：此前的记录被改动、删除或插入过");
        }
        else if (!string.Equals(hash, AuditChain.Hash(row, prev), StringComparison.Ordinal))
        {
            Break(row, "该行内容与其哈希不符：该行被改动过");
        }
        else
        {
            _heads[lane] = hash;
            if (_anchorIds.Contains(row.Id))
            {
                _anchors[row.Id] = hash;
            }
        }
    }

    public AuditChainReport Report()
    {
        // A lane is registered with its first row, and rows are never deleted: a lane without rows lost them all.
        var emptied = laneStarts.Keys.Where(lane => !_heads.ContainsKey(lane)).Order().ToList();
        if (_brokenAt is null && emptied.Count > 0)
        {
            _problem = $"哈希链 {emptied[0]} 已登记但没有任何记录：它的记录被删除过";
        }

        var ok = _brokenAt is null && _problem is null;
        var head = _heads.Count switch
        {
            0 => _rows == 0 ? null : _seal,
            1 => _heads.Values.Single(),
            _ => AuditChain.LanesDigest(_heads),
        };
        return new(ok, _rows, _legacy, _brokenAt, _problem, head, _heads.Count);
    }

    // Where a lane's first row must link: the legacy seal for lane 0 and lanes opened on an unchained log, otherwise the
    // hash of the row the lane opened after (already walked: its id is lower). Null when that row is missing or broken.
    private string? Start(long lane) =>
        lane == 0 || laneStarts[lane] == 0 ? _seal : _anchors.GetValueOrDefault(laneStarts[lane]);

    private void Break(AuditRow row, string problem)
    {
        _brokenAt = row.Id;
        _problem = problem;
    }
}
