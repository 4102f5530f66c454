namespace Media.Abstractions.Audit;

/// <summary>One line of the append-only audit log: who did what to which subject, before and after (JSON).</summary>
public sealed record AuditEntry(
    DateTimeOffset OccurredAt,
    string Actor,
    string Action,
    string Subject,
    string? Before,
    string? After);
