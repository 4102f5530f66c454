using Media.Domain.Accounts;
using Media.Domain.Websites;

namespace Media.SurveySheets;

/// <summary>The rows ready to send, each with its sheet row number, and the problems found locally.</summary>
public sealed record MappedSheet(IReadOnlyList<(int Number, object Row)> Rows, IReadOnlyList<string> HeaderProblems,
    IReadOnlyList<LocalProblem> Problems);

/// <summary>Gives a raw sheet its meaning: which column is which field, and each row as an API row.</summary>
public static class RowMapper
{
    public static MappedSheet Map(RawSheet sheet, SheetKind kind)
    {
        var (columns, headerProblems) = MapHeaders(sheet.Headers, kind.Columns);
        var rows = new List<(int, object)>(sheet.Rows.Count);
        var problems = new List<LocalProblem>();
        if (headerProblems.Count > 0)
        {
            return new MappedSheet(rows, headerProblems, problems);
        }

        // Blank rows (Excel often keeps formatted empty rows at the end) are not accounts.
        foreach (var raw in sheet.Rows.Where(r => !r.IsBlank))
        {
            var cells = new RowCells(raw, columns);
            var (row, id) = kind.MapRow(cells);
            problems.AddRange(cells.Problems.Select(p => new LocalProblem(raw.Number, id, p.Field, p.Message)));
            rows.Add((raw.Number, row));
        }

        return new MappedSheet(rows, headerProblems, problems);
    }

    /// <summary>An account row, shaped like <c>POST /api/accounts</c>.</summary>
    public static (object Row, string? Id) Account(RowCells cells)
    {
        var row = new ImportRow(
            cells.Text("unitCode"), Platform(cells.Text("platform")), cells.Text("handle"), cells.Text("name"),
            cells.Text("url"), cells.Text("feedUrl"), cells.Date("openedOn"), cells.YesNo("interaction"),
            new ContactRow(cells.Text("responsible.name"), cells.Text("responsible.phone"), cells.Text("responsible.email")),
            Operator(cells),
            Approval(cells),
            cells.Text("exceptionReason"));
        return (row, row.Id);
    }

    /// <summary>A website row, shaped like <c>POST /api/websites</c>, its 栏目 cell split into columns.</summary>
    public static (object Row, string? Id) Website(RowCells cells)
    {
        var code = cells.Text("siteIdCode");
        var row = new WebsiteRow(code, cells.Text("name"), cells.Text("url"), cells.Text("unitCode"), cells.Text("icp"),
            cells.Text("publicSecurity"), [.. ColumnText.Parse(cells.Text("columns")).Select(c => new ColumnRow(c.Name, c.Url, c.Category))]);
        return (row, code is null ? null : $"{Platforms.Website}:{code}");
    }

    private static (Dictionary<string, int> Columns, List<string> Problems) MapHeaders(IReadOnlyList<string?> headers,
        IReadOnlyList<SheetColumn> known)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(headers[i]))
            {
                continue;
            }

            if (SheetColumns.Match(known, headers[i]) is not { } column)
            {
                problems.Add($"第 {i + 1} 列“{headers[i]}”不是模板中的列");
            }
            else if (!columns.TryAdd(column.Id, i))
            {
                problems.Add($"第 {i + 1} 列“{headers[i]}”与第 {columns[column.Id] + 1} 列重复");
            }
        }

        if (columns.Count == 0 && problems.Count == 0)
        {
            problems.Add("第一行应为表头，请用 media import template 生成的模板");
        }

        return (columns, problems);
    }

    /// <summary>Platform ids are lower case; the Chinese names of the platforms are accepted too.</summary>
    private static string? Platform(string? text) => Platforms.FromName(text);

    // An empty optional group is left out rather than sent as an object of nulls the server would refuse.
    private static OperatorRow? Operator(RowCells cells)
    {
        var name = cells.Text("operator.name");
        var contact = cells.Text("operator.contact");
        return name is null && contact is null ? null : new OperatorRow(name, contact);
    }

    private static ApprovalRow? Approval(RowCells cells)
    {
        var authority = cells.Text("approval.authority");
        var documentNo = cells.Text("approval.documentNo");
        var approvedOn = cells.Date("approval.approvedOn");
        return authority is null && documentNo is null && approvedOn is null
            ? null
            : new ApprovalRow(authority, documentNo, approvedOn);
    }
}
