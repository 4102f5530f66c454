namespace Media.SurveySheets;

/// <summary>One row as sent to <c>POST /api/imports/websites</c>; the shape of <c>POST /api/websites</c>.</summary>
public sealed record WebsiteRow(
    string? SiteIdCode,
    string? Name,
    string? Url,
    string? UnitCode,
    string? Icp,
    string? PublicSecurity,
    IReadOnlyList<ColumnRow> Columns);

public sealed record ColumnRow(string? Name, string? Url, string? Category);
