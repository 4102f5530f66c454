namespace Media.Probes;

/// <summary>
/// Reads an app's download or store page. Stores answer 200 for a withdrawn app and say so in the page, so a usable
/// answer (SPEC §3.3 <c>app-unavailable</c>) is a page that does not announce the app as delisted (下架).
/// </summary>
public static class AppStorePage
{
    // Phrasings stores and download pages use for a withdrawn app; a bare "下架" is too common in ordinary text.
    private static readonly string[] DelistedMarkers =
    [
        "已下架", "已经下架", "暂时下架", "被下架", "下架了", "该应用不存在", "应用不存在或已", "app已下架",
    ];

    /// <summary>The marker that says the app is delisted, or null when the page says nothing of the kind.</summary>
    public static string? DelistedMarker(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        return Array.Find(DelistedMarkers, m => content.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
