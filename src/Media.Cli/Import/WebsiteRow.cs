namespace Media.Cli.Import;

/// <summary>One row as sent to <c>POST /api/imports/websites</c>; the shape of <c>POST /api/websites</c>.</summary>
internal sealed record WebsiteRow(
    string? SiteIdCode,
    string? Name,
    string? Url,
    string? UnitCode,
    string? Icp,
    string? PublicSecurity,
    IReadOnlyList<ColumnRow> Columns);

internal sealed record ColumnRow(string? Name, string? Url, string? Category);
