namespace Media.Abstractions.Accounts;

/// <summary>Where an account stands in its filing life: open, closed (关停) or cancelled (注销).</summary>
public enum AccountStatus
{
    Active = 0,
    Closed = 1,
    Cancelled = 2,
}
