namespace Media.Abstractions.Monitoring;

/// <summary>The life of a violation (SPEC §3.3); <c>Suspected</c> content hits await a supervisor's review.</summary>
public enum ViolationStatus
{
    Open = 0,
    Notified = 1,
    Rectifying = 2,
    Resolved = 3,
    Overdue = 4,
    Suspected = 5,
    Dismissed = 6,
}

/// <summary>Status helpers.</summary>
public static class ViolationStatuses
{
    /// <summary>Any state but resolved or dismissed.</summary>
    public static bool IsActive(ViolationStatus status) =>
        status is not (ViolationStatus.Resolved or ViolationStatus.Dismissed);
}
