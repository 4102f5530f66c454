namespace Media.SurveySheets;

/// <summary>
/// What a survey sheet holds, accounts or websites: its columns, how a row becomes the API's row, where it is sent, and
/// the word the reports use. Reading the file, the checks and the reports are the same for both.
/// </summary>
public sealed record SheetKind(string Noun, string ApiPath, string SheetName, IReadOnlyList<SheetColumn> Columns,
    Func<RowCells, (object Row, string? Id)> MapRow)
{
    public static SheetKind Accounts { get; } = new("账号", "api/imports/accounts", "摸底表", SheetColumns.All, RowMapper.Account);

    public static SheetKind Websites { get; } = new("网站", "api/imports/websites", "网站摸底表", SheetColumns.Websites, RowMapper.Website);

    /// <summary>The kind <c>accounts</c> or <c>websites</c> names (accounts when none is named), or null.</summary>
    public static SheetKind? Find(string? kind) => kind switch
    {
        null or "accounts" => Accounts,
        "websites" => Websites,
        _ => null,
    };
}
