using Media.SurveySheets;
using Media.Cli.Server;
using Media.Domain.Filing;

namespace Media.Cli.Import;

/// <summary>
/// Prints what happened to a sheet. Rows are named by their data row number in the file (not the
/// position in the request) and fields by their column header, so an operator can find each cell.
/// </summary>
internal static class ImportReport
{
    public static async Task<int> LocalProblemsAsync(TextWriter output, string? fileProblem, MappedSheet sheet, SheetKind kind)
    {
        if (fileProblem is not null)
        {
            await output.WriteLineAsync($"文件：{fileProblem}");
        }

        foreach (var problem in sheet.HeaderProblems)
        {
            await output.WriteLineAsync($"表头：{problem}");
        }

        foreach (var row in sheet.Problems.GroupBy(p => p.Row))
        {
            foreach (var p in row)
            {
                await output.WriteLineAsync($"{RowLabel(p.Row, p.Id)}: {FieldLabel(kind, p.Field)}: {p.Message}");
            }
        }

        var rows = sheet.Problems.Select(p => p.Row).Distinct().Count();
        await output.WriteLineAsync(rows > 0 ? $"共 {rows} 行无法读取，未导入任何{kind.Noun}" : $"文件无法读取，未导入任何{kind.Noun}");
        return ExitCodes.Rejected;
    }

    /// <summary>The summary first (counts, skipped, findings by rule), then one line per row, so a large sheet's outcome is not
    /// scrolled away by thousands of row lines.</summary>
    public static async Task<int> ResultAsync(TextWriter output, ImportResponse result, IReadOnlyList<int> numbers, SheetKind kind)
    {
        await output.WriteLineAsync(result.DryRun
            ? $"检查通过：可备案 {result.Accounts.Count} 个{kind.Noun}（试运行，未备案任何{kind.Noun}）"
            : $"已备案 {result.Filed} 个{kind.Noun}");
        var skipped = result.Skipped ?? [];
        if (skipped.Count > 0)
        {
            await output.WriteLineAsync(result.Resumed
                ? $"此表上次导入中断，其中 {skipped.Count} 个{kind.Noun}已在上次备案，本次未重复备案"
                : $"跳过已备案的{kind.Noun} {skipped.Count} 个");
        }

        var updated = result.Updated ?? [];
        var unchanged = result.Unchanged ?? [];
        if (updated.Count > 0 || unchanged.Count > 0)
        {
            await output.WriteLineAsync($"{(result.DryRun ? "将变更" : "已变更")}已备案的{kind.Noun} {updated.Count} 个，无变化 {unchanged.Count} 个");
        }

        var byRule = result.Accounts.SelectMany(a => a.Findings).GroupBy(r => r).Select(g => $"{Rule(g.Key)} {g.Count()} 个");
        if (byRule.Any())
        {
            await output.WriteLineAsync($"备案问题统计：{string.Join("；", byRule)}");
        }

        if (result.Failed.Count > 0)
        {
            await output.WriteLineAsync($"另有 {result.Failed.Count} 行在备案时失败（见下），其余 {result.Filed} 个{kind.Noun}已备案；请核对后单独补录");
        }

        foreach (var account in result.Accounts)
        {
            var findings = account.Findings.Count == 0 ? "无问题" : string.Join("，", account.Findings.Select(Rule));
            await output.WriteLineAsync($"第 {Number(numbers, account.Row)} 行 {account.Id}: {findings}");
        }

        foreach (var row in skipped)
        {
            await output.WriteLineAsync($"{RowLabel(Number(numbers, row.Row), row.Id)}: 已备案，跳过");
        }

        foreach (var row in updated)
        {
            foreach (var item in row.Changes)
            {
                await output.WriteLineAsync(
                    $"{RowLabel(Number(numbers, row.Row), row.Id)}: 变更 {FieldLabel(kind, item.Field)}: {item.Before ?? "（无）"} → {item.After ?? "（无）"}");
            }
        }

        foreach (var row in unchanged)
        {
            await output.WriteLineAsync($"{RowLabel(Number(numbers, row.Row), row.Id)}: 无变化");
        }

        await WriteRowsAsync(output, result.Failed, numbers, kind);
        return result.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    public static async Task<int> RefusedAsync(TextWriter output, TextWriter error, Problem problem, IReadOnlyList<int> numbers,
        SheetKind kind)
    {
        if (problem.Status != 400)
        {
            await error.WriteLineAsync($"错误：服务器拒绝了请求（HTTP {problem.Status} {problem.Title}）：{problem.Detail}");
            return ExitCodes.Usage;
        }

        if (problem.Rows is { Count: > 0 } rows)
        {
            await output.WriteLineAsync($"共 {rows.Count} 行有误，未导入任何{kind.Noun}");
            await WriteRowsAsync(output, rows, numbers, kind);
            return ExitCodes.Rejected;
        }

        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            await output.WriteLineAsync($"{field}: {string.Join("；", messages)}");
        }

        await output.WriteLineAsync($"{problem.Detail ?? problem.Title}，未导入任何{kind.Noun}");
        return ExitCodes.Rejected;
    }

    private static async Task WriteRowsAsync(TextWriter output, IEnumerable<RowProblem> rows, IReadOnlyList<int> numbers, SheetKind kind)
    {
        foreach (var row in rows)
        {
            foreach (var (field, messages) in row.Errors)
            {
                foreach (var message in messages)
                {
                    await output.WriteLineAsync($"{RowLabel(Number(numbers, row.Row), row.Id)}: {FieldLabel(kind, field)}: {message}");
                }
            }
        }
    }

    /// <summary>
    /// The file's row number for the server's: the server numbers the rows it was sent from 2 (as if the first row sent
    /// were the first below the header); blank rows are not sent, so the file's own numbers may run further.
    /// </summary>
    private static int Number(IReadOnlyList<int> numbers, int server) =>
        server - RawRow.FirstNumber is var index && index >= 0 && index < numbers.Count ? numbers[index] : server;

    private static string RowLabel(int number, string? id) => id is null ? $"第 {number} 行" : $"第 {number} 行 ({id})";

    // A field of a list (columns[1].url, from the 栏目 cell) is named by its column's header and the rest of the path.
    private static string FieldLabel(SheetKind kind, string field)
    {
        var list = field.IndexOf('[', StringComparison.Ordinal);
        return kind.Columns.FirstOrDefault(c => c.Id == field)?.Header
            ?? (list > 0 && kind.Columns.FirstOrDefault(c => c.Id == field[..list]) is { } column ? column.Header + field[list..] : field);
    }

    private static string Rule(string id) => $"{id}（{RuleIds.DisplayName(id)}）";
}
