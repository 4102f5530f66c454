namespace Media.Cli.Import;

/// <summary>
/// What a survey sheet holds, accounts or websites: its columns, how a row becomes the API's row, where it is sent, and
/// the word the reports use. Reading the file, the checks and the reports are the same for both.
/// </summary>
internal sealed record SheetKind(string Noun, string ApiPath, string SheetName, IReadOnlyList<SheetColumn> Columns,
    Func<RowCells, (object Row, string? Id)> MapRow)
{
    public static SheetKind Accounts { get; } = new("账号", "api/imports/accounts", "摸底表", SheetColumns.All, RowMapper.Account);

    public static SheetKind Websites { get; } = new("网站", "api/imports/websites", "网站摸底表", SheetColumns.Websites, RowMapper.Website);

    /// <summary>The kind <c>--kind</c> names (accounts by default).</summary>
    public static SheetKind Parse(string? kind) => kind switch
    {
        null or "accounts" => Accounts,
        "websites" => Websites,
        _ => throw new CommandLine.UsageException($"--kind 须为 accounts 或 websites，而不是 {kind}"),
    };
}
