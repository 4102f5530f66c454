using Media.Abstractions.Audit;

namespace Media.Abstractions.Storage;

/// <summary>The append-only audit log; the store forbids updates and deletes, and a hash chain shows any that got through.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry, chained to the one before it; durable when the task completes.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries about one subject, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, int take, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="take"/> entries about anything, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int take, CancellationToken cancellationToken = default);

    /// <summary>Walks the whole log in order and checks every row against the hash chain.</summary>
    Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default);
}
