using System.Diagnostics;
using Media.Domain.Filing;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>
/// Bulk filing from a survey sheet (摸底). All or nothing: every row is checked first, and one bad row means
/// nothing is filed and every bad row is reported with its reasons.
/// </summary>
public static class AccountImport
{
    public static async Task<Outcome<ImportResult>> RunAsync(Caller caller, ImportAccountsRequest body, IGrainFactory grains,
        FilingRuleOptions rules, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        if (body.Rows is not { Count: > 0 } rows)
        {
            return Refusal.Invalid("rows", "请至少提供一行");
        }

        if (rows.Count > ImportLimits.MaxRows)
        {
            return Refusal.Invalid("rows", $"一次最多导入 {ImportLimits.MaxRows} 行，请拆分后分批导入");
        }

        var started = Stopwatch.GetTimestamp();
        var (accepted, problems) = await ImportCheck.RunAsync(rows, caller, grains, now, cancellationToken);
        if (problems.Count > 0)
        {
            ImportLog.Rejected(logger, caller.Username, rows.Count, problems.Count);
            return Rejected(problems, rows.Count);
        }

        if (body.DryRun == true)
        {
            return await ImportPreview.RunAsync(accepted, grains, rules, now, cancellationToken);
        }

        var checkedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var result = await ImportFiling.FileAsync(accepted, grains, logger);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        ImportLog.Filed(logger, caller.Username, result.Filed, result.Failed.Count, elapsedMs, checkedMs);
        return result;
    }

    /// <summary>
    /// The errors keyed by row (<c>rows[12].responsible.phone</c>, as any client of problem details expects), and the
    /// same grouped by row.
    /// </summary>
    private static Refusal Rejected(IReadOnlyList<RowProblem> problems, int total)
    {
        var errors = problems
            .SelectMany(p => p.Errors.Select(e => KeyValuePair.Create($"rows[{p.Row - 1}].{e.Key}", e.Value)))
            .ToDictionary();
        return new Refusal(RefusalKind.Invalid, $"共 {total} 行，其中 {problems.Count} 行有误，未导入任何账号", errors,
            Extensions: new Dictionary<string, object?> { ["rows"] = problems });
    }
}
