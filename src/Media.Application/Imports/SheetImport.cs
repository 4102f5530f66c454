using System.Diagnostics;
using Media.Abstractions.Accounts;
using Media.Domain.Filing;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>
/// Bulk filing from a survey sheet (摸底) of accounts or websites (<see cref="ImportKind{TRow}"/>). Every row is checked
/// first, and one bad row means nothing is filed and every bad row is reported with its reasons. Filing a checked sheet
/// is resumable rather than all or nothing: the sheet's run is recorded (<see cref="IImportGrain"/>, keyed by
/// <see cref="SheetHash"/>) before its first row is filed, so when a crash cuts it off, the same sheet sent again files
/// the rest and reports the rows already filed. With <c>onExisting=skip</c> any sheet does so (re-importing a 摸底 sheet
/// that grew); with <c>onExisting=update</c> a filed record the row differs from gets a change filing (变更) of those items.
/// </summary>
public static class SheetImport
{
    /// <summary>The values of <c>onExisting</c>.</summary>
    public const string Refuse = "refuse", Skip = "skip", Update = "update";

    /// <summary>A sheet's rows, as the request carries them.</summary>
    internal sealed record Sheet<TRow>(IReadOnlyList<TRow?>? Rows, bool? DryRun, string? OnExisting)
        where TRow : class;

    internal static async Task<Outcome<ImportResult>> RunAsync<TRow>(Caller caller, Sheet<TRow> body, ImportKind<TRow> kind,
        IGrainFactory grains, FilingRuleOptions rules, DateTimeOffset now, ILogger logger, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
        where TRow : class
    {
        if (body.Rows is not { Count: > 0 } rows)
        {
            return Refusal.Invalid("rows", "请至少提供一行");
        }

        if (rows.Count > ImportLimits.MaxRows)
        {
            return Refusal.Invalid("rows", $"一次最多导入 {ImportLimits.MaxRows} 行，请拆分后分批导入");
        }

        if (body.OnExisting is not (null or Refuse or Skip or Update))
        {
            return Refusal.Invalid("onExisting",
                $"onExisting 只能是 refuse（已备案的{kind.Noun}使整表被拒绝，默认）、skip（跳过已备案的{kind.Noun}）"
                + $"或 update（已备案的{kind.Noun}按表中有变化的项目办理变更备案）");
        }

        var started = Stopwatch.GetTimestamp();
        var sheet = grains.GetGrain<IImportGrain>(SheetHash.Of(rows));
        var resumed = await sheet.GetAsync() is { FinishedAt: null };
        var skipFiled = resumed || body.OnExisting == Skip;
        // An update of a resumed sheet finds the rows it had filed unchanged, so it needs no skipping.
        var filedRows = body.OnExisting == Update ? FiledRows.Update : skipFiled ? FiledRows.Skip : FiledRows.Refuse;
        var (accepted, skipped, updates, unchanged, problems, known) =
            await ImportCheck.RunAsync(rows, kind, caller, grains, now, filedRows, progress, cancellationToken);
        if (problems.Count > 0)
        {
            ImportLog.Rejected(logger, caller.Username, rows.Count, problems.Count);
            return Rejected(problems, rows.Count, kind.Noun);
        }

        if (body.DryRun == true)
        {
            var preview = await ImportPreview.RunAsync(accepted, known, grains, rules, now, cancellationToken);
            return preview with
            {
                Skipped = skipped,
                Resumed = resumed,
                Updated = [.. updates.Select(u => new UpdatedRow(SheetRows.Number(u.Index), u.Id, u.Differences))],
                Unchanged = unchanged,
            };
        }

        var checkedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var files = accepted.Count > 0 || updates.Count > 0;
        if (files)
        {
            await sheet.BeginAsync(caller.Username);
        }

        var result = await ImportFiling.FileAsync(accepted, (kind.Noun, kind.IdField), skipFiled, grains, logger, progress);
        var (updated, updateFailures) = await ImportUpdating.FileAsync(updates, kind.Noun, grains, logger);
        result = result with { Failed = [.. result.Failed, .. updateFailures], Updated = updated, Unchanged = unchanged };
        // A row that failed for a server error leaves the run open, so the same sheet sent again files it too.
        if (files && result.Failed.Count == 0)
        {
            await sheet.FinishAsync();
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        ImportLog.Filed(logger, caller.Username, result.Filed, result.Failed.Count, skipped.Count + result.Skipped.Count, elapsedMs, checkedMs);
        if (filedRows == FiledRows.Update)
        {
            ImportLog.Updated(logger, caller.Username, updated.Count, unchanged.Count);
        }

        return result with { Skipped = [.. skipped, .. result.Skipped], Resumed = resumed };
    }

    /// <summary>
    /// The errors keyed by row (<c>rows[12].responsible.phone</c>, as any client of problem details expects), and the
    /// same grouped by row.
    /// </summary>
    private static Refusal Rejected(IReadOnlyList<RowProblem> problems, int total, string noun)
    {
        var errors = problems
            .SelectMany(p => p.Errors.Select(e => KeyValuePair.Create($"rows[{SheetRows.Index(p.Row)}].{e.Key}", e.Value)))
            .ToDictionary();
        return new Refusal(RefusalKind.Invalid, $"共 {total} 行，其中 {problems.Count} 行有误，未导入任何{noun}", errors,
            Extensions: new Dictionary<string, object?> { ["rows"] = problems });
    }
}
