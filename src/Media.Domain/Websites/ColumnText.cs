namespace Media.Domain.Websites;

/// <summary>
/// Columns (栏目) written as text, as a sheet's 栏目 cell and the filing form take them: one column per line or after a
/// semicolon (；), each "名称|网址|类别". The category may be its id (<c>news</c>) or its Chinese name (动态要闻). Parts are
/// passed on as written, for the filing's validation to judge; a missing part is null.
/// </summary>
public static class ColumnText
{
    private static readonly char[] Columns = ['\n', '\r', ';', '；'];
    private static readonly char[] Parts = ['|', '｜'];

    public static IReadOnlyList<(string? Name, string? Url, string? Category)> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(Columns, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Column)];

    private static (string? Name, string? Url, string? Category) Column(string line)
    {
        var parts = line.Split(Parts, StringSplitOptions.TrimEntries);
        return (Part(parts, 0), Part(parts, 1), Category(Part(parts, 2)));
    }

    private static string? Part(string[] parts, int index) =>
        index < parts.Length && parts[index].Length > 0 ? parts[index] : null;

    private static string? Category(string? text) =>
        text is null ? null : ColumnCategories.All.FirstOrDefault(c => ColumnCategories.DisplayName(c) == text) ?? text.ToLowerInvariant();

}
