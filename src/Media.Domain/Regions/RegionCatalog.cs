using System.Text.Json;

namespace Media.Domain.Regions;

/// <summary>
/// Region names from <c>silo-config/regions/regions.json</c>, kept as data so an operator can add
/// regions without recompiling. File format: <c>{"regions": {"440000": "广东省", "440100": "广州市", ...}}</c>;
/// any other top-level property (such as <c>"source"</c>) is documentation and ignored.
/// </summary>
public sealed class RegionCatalog
{
    private static readonly IReadOnlyList<RegionCode> NoChildren = [];

    private readonly Dictionary<RegionCode, string> _names;
    private readonly Dictionary<RegionCode, RegionCode[]> _children;

    private RegionCatalog(Dictionary<RegionCode, string> names)
    {
        _names = names;
        _children = names.Keys
            .Select(code => (code, parent: KnownParent(code)))
            .Where(pair => pair.parent is not null)
            .GroupBy(pair => pair.parent!.Value, pair => pair.code)
            .ToDictionary(group => group.Key, group => group.Order(CodeOrder.Instance).ToArray());
        Provinces = names.Keys.Where(code => code.Level == RegionLevel.Province).Order(CodeOrder.Instance).ToArray();
    }

    public int Count => _names.Count;

    /// <summary>The province-level codes in the catalog, in code order: the roots of <see cref="ChildrenOf"/>.</summary>
    public IReadOnlyList<RegionCode> Provinces { get; }

    /// <exception cref="InvalidDataException">The file is not a valid region catalog.</exception>
    public static RegionCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    /// <exception cref="InvalidDataException">The JSON is not a valid region catalog.</exception>
    public static RegionCatalog Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ReadDocument(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("regions", out var regions)
            || regions.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("A region catalog must be an object with a \"regions\" object.");
        }

        var names = new Dictionary<RegionCode, string>();
        foreach (var entry in regions.EnumerateObject())
        {
            if (!RegionCode.TryParse(entry.Name, out var code))
            {
                throw new InvalidDataException($"Region catalog key '{entry.Name}' is not a 6-digit GB/T 2260 code.");
            }

            var name = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                throw new InvalidDataException($"Region {entry.Name} needs a non-empty name.");
            }

            // JSON allows repeated keys; in this file a repeat is always an editing mistake.
            if (!names.TryAdd(code, name))
            {
                throw new InvalidDataException($"Region {entry.Name} appears more than once.");
            }
        }

        return new RegionCatalog(names);
    }

    public bool IsKnown(RegionCode code) => _names.ContainsKey(code);

    public string? NameOf(RegionCode code) => _names.GetValueOrDefault(code);

    /// <summary>
    /// Direct children in code order: a province's cities, a city's counties. A county whose city is not
    /// in the catalog (e.g. 省直辖县级行政单位 such as 419001) hangs directly under its province.
    /// </summary>
    public IReadOnlyList<RegionCode> ChildrenOf(RegionCode code) =>
        _children.TryGetValue(code, out var children) ? children : NoChildren;

    /// <summary>Province, city and own name joined, e.g. 广东省广州市越秀区; the code itself when unknown.</summary>
    public string FullNameOf(RegionCode code)
    {
        if (!_names.TryGetValue(code, out var own))
        {
            return code.ToString();
        }

        var parts = new List<string>(3) { own };
        for (var ancestor = code.Parent; ancestor is { } a; ancestor = a.Parent)
        {
            if (_names.TryGetValue(a, out var name) && !IsPlaceholder(name))
            {
                parts.Add(name);
            }
        }

        parts.Reverse();
        return string.Concat(parts);
    }

    // GB/T 2260 groups a municipality's districts under "市辖区"; it is not part of a postal-style name.
    private static bool IsPlaceholder(string name) => name is "市辖区" or "县" or "省直辖县级行政区划";

    private static JsonDocument ReadDocument(Stream json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The region catalog is not valid JSON: {e.Message}", e);
        }
    }

    private RegionCode? KnownParent(RegionCode code)
    {
        for (var ancestor = code.Parent; ancestor is { } a; ancestor = a.Parent)
        {
            if (_names.ContainsKey(a))
            {
                return a;
            }
        }

        return null;
    }

    private sealed class CodeOrder : IComparer<RegionCode>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(RegionCode x, RegionCode y) => string.CompareOrdinal(x.Value, y.Value);
    }
}
