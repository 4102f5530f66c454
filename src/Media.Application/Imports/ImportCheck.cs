using System.Collections.Concurrent;
using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
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

/// <summary>A row of a filed record that differs from it (<c>onExisting=update</c>): its change filing and the lines it will record.</summary>
internal sealed record CheckedUpdate(int Index, string Id, LifecycleCommand Command, IReadOnlyList<FieldDifference> Differences);

/// <summary>What <c>onExisting</c> does with a row whose record is already filed.</summary>
internal enum FiledRows
{
    Refuse,
    Skip,
    Update,
}

/// <summary>
/// Every row of a checked sheet, sorted by what filing it will do with it, or the problems of its bad rows; and the ids a
/// region index knows (filed or discovered), the only rows whose account grain the check and the dry run wake.
/// </summary>
internal sealed record CheckedSheet(IReadOnlyList<CheckedRow> Rows, IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<CheckedUpdate> Updates,
    IReadOnlyList<UnchangedRow> Unchanged, IReadOnlyList<RowProblem> Problems, IReadOnlySet<string> Known);

/// <summary>
/// Checks every row of an import before anything is filed, and collects every problem of every row, so
/// an operator fixes the whole sheet in one pass. Reads grains only; it never changes state. With
/// <see cref="FiledRows.Skip"/> a row whose record is already filed is set aside (if nothing else is wrong with it) instead
/// of refused; with <see cref="FiledRows.Update"/> it becomes a change filing of what differs, or is reported unchanged.
/// </summary>
internal static class ImportCheck
{
    /// <summary>The reason every change filing of an import carries.</summary>
    public const string UpdateReason = "批量导入更新";

    public static async Task<CheckedSheet> RunAsync<TRow>(
        IReadOnlyList<TRow?> rows, ImportKind<TRow> kind, Caller caller, IGrainFactory grains, DateTimeOffset now, FiledRows filedRows,
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
        // A row is checked once its unit is loaded or, for a row a region knows, its record read: the check's progress counts
        // each row by whichever comes last, so a sheet of new accounts moves with its units.
        var counter = new ProgressCounter(progress, ImportProgress.Checking, rows.Count);
        var known = await KnownIdsAsync(ids, grains, cancellationToken);
        var looked = Enumerable.Range(0, rows.Count).Select(i => ids[i] is { } id && known.Contains(id)).ToArray();
        counter.Advance(Enumerable.Range(0, rows.Count).Count(i => read[i] is null && !looked[i]));
        var units = await LoadUnitsAsync(read, looked, grains, counter, cancellationToken);
        var existing = await ReadFiledAsync(ids, looked, grains, counter, cancellationToken);
        var accepted = new List<CheckedRow>(rows.Count);
        var skipped = new List<SkippedRow>();
        var updates = new List<CheckedUpdate>();
        var unchanged = new List<UnchangedRow>();
        var problems = new List<RowProblem>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (existing[i] is { } filed)
            {
                CheckFiled(filed, read[i], kind, filedRows, errors[i]);
            }

            var unit = read[i] is { } valid ? CheckUnit(units[valid.UnitCode], valid, caller, errors[i]) : default;
            if (!errors[i].IsEmpty)
            {
                problems.Add(new RowProblem(SheetRows.Number(i), ids[i], errors[i].ToDictionary()));
            }
            else if (existing[i] is { } record && filedRows == FiledRows.Update)
            {
                var changes = kind.ChangesOf(rows[i]!, record, unit.Command!);
                if (changes.IsEmpty)
                {
                    unchanged.Add(new UnchangedRow(SheetRows.Number(i), ids[i]!));
                }
                else
                {
                    updates.Add(new CheckedUpdate(i, ids[i]!, new LifecycleCommand(FilingKind.Change, today, changes, UpdateReason, caller.Username),
                        ImportChanges.Differences(record, changes)));
                }
            }
            else if (existing[i] is not null)
            {
                skipped.Add(new SkippedRow(SheetRows.Number(i), ids[i]!));
            }
            else
            {
                accepted.Add(new CheckedRow(i, ids[i]!, PlatformOf(ids[i]!), unit.Command!, unit.Unit!, unit.Level, unit.Kind));
            }
        }

        return new CheckedSheet(accepted, skipped, updates, unchanged, problems, known);
    }

    // Refused outright, or updated only while it may be changed and under the unit the row names (its reach is the row's
    // unit's, checked next like any row's).
    private static void CheckFiled<TRow>(AccountSnapshot filed, ImportableRow? row, ImportKind<TRow> kind, FiledRows filedRows,
        FieldErrors errors)
        where TRow : class
    {
        if (filedRows == FiledRows.Refuse)
        {
            errors.Add(kind.IdField, $"{kind.Noun} {filed.Id} 已备案");
        }
        else if (filedRows == FiledRows.Update && filed.Status == AccountStatus.Cancelled)
        {
            errors.Add(kind.IdField, $"{kind.Noun} {filed.Id} 已注销，不能变更");
        }
        else if (filedRows == FiledRows.Update && row is not null && !string.Equals(row.UnitCode, filed.UnitCode, StringComparison.Ordinal))
        {
            errors.Add("unitCode", $"{kind.Noun} {filed.Id} 由其他单位备案，不能按本表的主办单位变更");
        }
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
            errors.Add("unitCode", FilingOutcome.UnitNotRegistered);
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

    // Each unit once, counting as done the rows of it that no region knows (the others count when their record is read).
    private static async Task<IReadOnlyDictionary<string, UnitRecord?>> LoadUnitsAsync(ImportableRow?[] rows, bool[] looked,
        IGrainFactory grains, ProgressCounter counter, CancellationToken cancellationToken)
    {
        var units = new ConcurrentDictionary<string, UnitRecord?>(StringComparer.Ordinal);
        var codes = Enumerable.Range(0, rows.Length).Where(i => rows[i] is not null)
            .GroupBy(i => rows[i]!.UnitCode, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Rows: g.Count(i => !looked[i])));
        await Parallel.ForEachAsync(codes, ImportLimits.Parallel(cancellationToken), async (unit, _) =>
        {
            units[unit.Code] = await grains.Ref<IUnitGrain>(unit.Code).GetAsync();
            counter.Advance(unit.Rows);
        });
        return units;
    }

    /// <summary>
    /// The sheet's ids a region index knows, found by asking every region once (its lines are in memory): a grain call per
    /// row woke an account per row, a hundred thousand idle activations for a dry run. A filing's line is in its region
    /// before the filing is acknowledged, and one a crash cut off is finished at the next start; a record the regions miss
    /// is still refused by its account when filed (already filed).
    /// </summary>
    private static async Task<IReadOnlySet<string>> KnownIdsAsync(string?[] ids, IGrainFactory grains, CancellationToken cancellationToken)
    {
        // In id order, as the regions keep their lines.
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        ImmutableArray<string> regions = wanted.IsEmpty ? [] : await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
        var known = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(regions, ImportLimits.Parallel(cancellationToken), async (region, _) =>
        {
            foreach (var id in await grains.Ref<IRegionIndexGrain>(region).KnownAmongAsync(wanted))
            {
                known[id] = true;
            }
        });
        return known.Keys.ToHashSet(StringComparer.Ordinal);
    }

    // The filed record of each row a region knows, a row done as each answers; the other rows have none.
    private static async Task<AccountSnapshot?[]> ReadFiledAsync(string?[] ids, bool[] looked, IGrainFactory grains, ProgressCounter counter,
        CancellationToken cancellationToken)
    {
        var filed = new AccountSnapshot?[ids.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length).Where(i => looked[i]), ImportLimits.Parallel(cancellationToken), async (i, _) =>
        {
            filed[i] = await grains.Ref<IAccountGrain>(ids[i]!).GetAsync();
            counter.Tick();
        });
        return filed;
    }
}
