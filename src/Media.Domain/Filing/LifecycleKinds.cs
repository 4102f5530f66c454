namespace Media.Domain.Filing;

/// <summary>Ids of the filings that follow an opening: change (变更), closure (关停), cancellation (注销).</summary>
public static class LifecycleKinds
{
    public const string Change = "change";
    public const string Close = "close";
    public const string Cancel = "cancel";

    public static IReadOnlyList<string> All { get; } = [Change, Close, Cancel];

    public static bool IsKnown(string? kind) => kind is Change or Close or Cancel;

    public static string DisplayName(string kind) => kind switch
    {
        Change => "变更",
        Close => "关停",
        Cancel => "注销",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected change, close or cancel."),
    };
}
