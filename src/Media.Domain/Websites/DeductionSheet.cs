namespace Media.Domain.Websites;

/// <summary>
/// The 100-point website deduction sheet (SPEC §3.6), kept in <c>silo-config/websites/deductions.json</c> so an office can
/// correct a line or its points without recompiling. Format:
/// <code>
/// { "source": "…", "items": [ { "id": "site-identifiers", "group": "网站标识", "name": "网站标识",
///   "points": 1, "max": 5, "source": "…", "confirmed": false } ] }
/// </code>
/// <c>max</c> is optional; every other key is required, and an unknown key is refused (it is most likely a typo that would
/// otherwise silently drop a cap or a confirmation).
/// </summary>
public sealed class DeductionSheet
{
    private readonly Dictionary<string, DeductionItem> _byId;

    internal DeductionSheet(string source, IReadOnlyList<DeductionItem> items)
    {
        Source = source;
        Items = items;
        _byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>Where the sheet as a whole comes from.</summary>
    public string Source { get; }

    /// <summary>The lines in the file's order, which is the order a report shows them in.</summary>
    public IReadOnlyList<DeductionItem> Items { get; }

    /// <summary>The line with this id, or null.</summary>
    public DeductionItem? Find(string id) => _byId.GetValueOrDefault(id);

    /// <exception cref="InvalidDataException">The file is not a valid deduction sheet; the message says where.</exception>
    public static DeductionSheet Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    /// <exception cref="InvalidDataException">The JSON is not a valid deduction sheet; the message says where.</exception>
    public static DeductionSheet Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeductionSheetReader.Read(json);
    }
}
