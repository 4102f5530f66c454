using System.Collections.Concurrent;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Time;
using Media.Domain.Units;
using Media.Domain.Validation;

namespace Media.Application.Imports;

/// <summary>A row that passed every check, ready to file.</summary>
internal sealed record CheckedRow(int Index, string Id, string Platform, OpenAccountCommand Command, UnitRecord Unit,
    UnitLevel Level, UnitKind Kind);

/// <summary>
/// Checks every row of an import before anything is filed, and collects every problem of every row, so
/// an operator fixes the whole sheet in one pass. Reads grains only; it never changes state. With
/// <c>skipFiled</c> a row whose record is already filed is set aside (if nothing else is wrong with it) instead of refused.
/// </summary>
internal static class ImportCheck
{
    public static async Task<(IReadOnlyList<CheckedRow> Rows, IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<RowProblem> Problems)> RunAsync<TRow>(
        IReadOnlyList<TRow?> rows, ImportKind<TRow> kind, Caller caller, IGrainFactory grains, DateTimeOffset now, bool skipFiled,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        var today = BeijingTime.DateOf(now);
        var errors = new FieldErrors[rows.Count];
        var read = new ImportableRow?[rows.Count];
        var ids = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            errors[i] = new FieldErrors();
            if (rows[i] is not { } row)
            {
                errors[i].Add("row", "该行为空");
                continue;
            }

            read[i] = kind.Read(row, caller.Username, today, errors[i]);

            // The grain refuses a future opening as the single filing does; found here, no row of the sheet is filed.
            if (read[i] is { } valid)
            {
                errors[i].AddIfInvalid("openedOn", FilingDates.CheckOpenedOn(valid.OpenedOn, today));
            }

            ids[i] = kind.IdOf(row);
        }

        FlagRepeatedIds(ids, errors, kind);
        var units = await LoadUnitsAsync(read, grains, cancellationToken);
        var existing = await FindFiledAsync(ids, grains, new ProgressCounter(progress, ImportProgress.Checking, rows.Count), cancellationToken);
        var accepted = new List<CheckedRow>(rows.Count);
        var skipped = new List<SkippedRow>();
        var problems = new List<RowProblem>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (existing[i] && !skipFiled)
            {
                errors[i].Add(kind.IdField, $"{kind.Noun} {ids[i]} 已备案");
            }

            var unit = read[i] is { } valid ? CheckUnit(units[valid.UnitCode], valid, caller, errors[i]) : default;
            if (!errors[i].IsEmpty)
            {
                problems.Add(new RowProblem(SheetRows.Number(i), ids[i], errors[i].ToDictionary()));
            }
            else if (existing[i])
            {
                skipped.Add(new SkippedRow(SheetRows.Number(i), ids[i]!));
            }
            else
            {
                accepted.Add(new CheckedRow(i, ids[i]!, PlatformOf(ids[i]!), unit.Command!, unit.Unit!, unit.Level, unit.Kind));
            }
        }

        return (accepted, skipped, problems);
    }

    // The id was made by AccountKey.For, so it parses.
    private static string PlatformOf(string id) =>
        AccountKey.TryParse(id, out var platform, out _) ? platform : throw new InvalidOperationException("账号标识无效：" + id);

    private static void FlagRepeatedIds<TRow>(string?[] ids, FieldErrors[] errors, ImportKind<TRow> kind)
        where TRow : class
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is { } id && !first.TryAdd(id, i))
            {
                errors[i].Add(kind.IdField, $"与第 {SheetRows.Number(first[id])} 行是同一{kind.Noun} {id}");
            }
        }
    }

    /// <summary>The row's command if the caller may file for its unit and the filing rules let the unit open it.</summary>
    private static (OpenAccountCommand? Command, UnitRecord? Unit, UnitLevel Level, UnitKind Kind) CheckUnit(UnitRecord? unit,
        ImportableRow row, Caller caller, FieldErrors errors)
    {
        if (unit is null)
        {
            errors.Add("unitCode", "主办单位尚未登记，请先登记单位");
            return default;
        }

        if (!caller.CoversUnit(unit.Code, unit.RegionCode))
        {
            errors.Add("unitCode", "不能为管辖范围以外的单位备案");
            return default;
        }

        // The account grain refuses these at filing time; finding them here keeps the import all-or-nothing.
        if (!UnitLevels.TryParse(unit.Level, out UnitLevel level) || !UnitLevels.TryParse(unit.Kind, out UnitKind kind))
        {
            errors.Add("unitCode", "主办单位的层级或类型无效");
            return default;
        }

        // A website gives no exception reason: the account rule on levels (§3.1) is not its (the grain's rule too).
        var command = row.Command(unit);
        if (command.Website is null && ExceptionReason.IsMissing(level, kind, command.ExceptionReason))
        {
            errors.Add("exceptionReason", ExceptionReason.Message);
            return default;
        }

        return (command, unit, level, kind);
    }

    private static async Task<IReadOnlyDictionary<string, UnitRecord?>> LoadUnitsAsync(ImportableRow?[] rows,
        IGrainFactory grains, CancellationToken cancellationToken)
    {
        var units = new ConcurrentDictionary<string, UnitRecord?>(StringComparer.Ordinal);
        var codes = rows.Where(r => r is not null).Select(r => r!.UnitCode).Distinct(StringComparer.Ordinal);
        await Parallel.ForEachAsync(codes, ImportLimits.Parallel(cancellationToken), async (code, _) =>
            units[code] = await grains.Ref<IUnitGrain>(code).GetAsync());
        return units;
    }

    // The check's slow part, one grain call per row, so its rows are the check's progress (a row without an id counts at once).
    private static async Task<bool[]> FindFiledAsync(string?[] ids, IGrainFactory grains, ProgressCounter counter,
        CancellationToken cancellationToken)
    {
        var filed = new bool[ids.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), ImportLimits.Parallel(cancellationToken), async (i, _) =>
        {
            filed[i] = ids[i] is { } id && await grains.Ref<IAccountGrain>(id).GetAsync() is not null;
            counter.Tick();
        });
        return filed;
    }
}
