namespace Media.Abstractions.Accounts;

/// <summary>The four kinds of filing (备案): opening, change, closure and cancellation.</summary>
public enum FilingKind
{
    Open = 0,
    Change = 1,
    Close = 2,
    Cancel = 3,
}
