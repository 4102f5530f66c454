using Media.Abstractions.Audit;

namespace Media.Storage;

/// <summary>Walks the audit log in id order, one row at a time, and remembers where the chain first fails to hold.</summary>
internal sealed class AuditChainCheck
{
    private string _prev = AuditChain.Genesis;
    private bool _chainStarted;
    private long _rows;
    private long _legacy;
    private long? _brokenAt;
    private string? _problem;

    /// <param name="row">The audit row.</param>
    /// <param name="prevHash">Its chain row's previous hash; null when it has no chain row.</param>
    /// <param name="hash">Its chain row's hash; null when it has no chain row.</param>
    public void Add(AuditRow row, string? prevHash, string? hash)
    {
        _rows++;
        if (_brokenAt is not null)
        {
            return;
        }

        var expected = AuditChain.Hash(row, _prev);
        if (hash is null || prevHash is null)
        {
            if (!_chainStarted)
            {
                // Written before the chain existed: part of the block the first chained row seals.
                _legacy++;
                _prev = expected;
                return;
            }

            Break(row, "该行没有哈希链记录：它是绕过系统写入的");
            return;
        }

        _chainStarted = true;
        if (!string.Equals(prevHash, _prev, StringComparison.Ordinal))
        {
            Break(row, "该行记录的前一行哈希与实际不符：此前的记录被改动、删除或插入过");
        }
        else if (!string.Equals(hash, expected, StringComparison.Ordinal))
        {
            Break(row, "该行内容与其哈希不符：该行被改动过");
        }
        else
        {
            _prev = hash;
        }
    }

    public AuditChainReport Report() =>
        new(_brokenAt is null, _rows, _legacy, _brokenAt, _problem, _rows == 0 ? null : _prev);

    private void Break(AuditRow row, string problem)
    {
        _brokenAt = row.Id;
        _problem = problem;
    }
}
