using System.Collections.Concurrent;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Filing;
using Media.Domain.Regions;

namespace Media.Application.Imports;

/// <summary>
/// A dry run's answer: the findings each row would get if filed now, worked out with the same domain
/// rules the account grain applies, counting the unit's active accounts and the sheet's earlier rows, and the
/// discovery of an account a supervisor found unfiled.
/// </summary>
internal static class ImportPreview
{
    /// <summary>The findings of <paramref name="rows"/>; <paramref name="known"/> holds the ids a region knows (filed or discovered).</summary>
    public static async Task<ImportResult> RunAsync(IReadOnlyList<CheckedRow> rows, IReadOnlySet<string> known, IGrainFactory grains,
        FilingRuleOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await ActiveCountsAsync(rows, grains, cancellationToken);
        var discovered = await DiscoveredOnAsync([.. rows.Where(r => known.Contains(r.Id))], grains, cancellationToken);
        var accounts = new List<ImportedAccount>(rows.Count);
        foreach (var row in rows)
        {
            var key = (row.Unit.Code, row.Platform);
            var others = counts.GetValueOrDefault(key);
            counts[key] = others + 1;
            var command = row.Command;
            var facts = new OpeningFacts(row.Level, row.Kind, RegionCode.Parse(row.Unit.RegionCode), row.Platform, others,
                command.Approval?.Authority, command.Approval?.DocumentNo, command.ExceptionReason, command.OpenedOn, now,
                command.Approval?.ApprovedOn, discovered.GetValueOrDefault(row.Index));
            accounts.Add(new ImportedAccount(SheetRows.Number(row.Index), row.Id,
                [.. FilingRules.EvaluateOpening(facts, options).Select(f => f.Rule)]));
        }

        return new ImportResult(0, true, accounts, [], [], false);
    }

    // A discovered account's lateness counts from its discovery, as the account grain will count it. Only the rows a region
    // knows can have one (an account discovered unfiled has its filing-missing violation there), so only those wake their account.
    private static async Task<Dictionary<int, DateOnly?>> DiscoveredOnAsync(IReadOnlyList<CheckedRow> rows, IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var discovered = new ConcurrentDictionary<int, DateOnly?>();
        await Parallel.ForEachAsync(rows, ImportLimits.Parallel(cancellationToken), async (row, _) =>
            discovered[row.Index] = (await grains.Ref<IAccountGrain>(row.Id).GetDiscoveryAsync())?.DiscoveredOn);
        return new Dictionary<int, DateOnly?>(discovered);
    }

    private static async Task<Dictionary<(string Unit, string Platform), int>> ActiveCountsAsync(
        IReadOnlyList<CheckedRow> rows, IGrainFactory grains, CancellationToken cancellationToken)
    {
        // The units are asked in parallel: one at a time, a sheet of ten thousand units waited on each in turn.
        var counts = new ConcurrentDictionary<(string, string), int>();
        await Parallel.ForEachAsync(rows.Select(r => r.Unit.Code).Distinct(StringComparer.Ordinal), ImportLimits.Parallel(cancellationToken),
            async (code, _) =>
            {
                var entries = await grains.Ref<IUnitGrain>(code).GetAccountsAsync();
                foreach (var entry in entries.Where(e => e.Status == AccountStatus.Active))
                {
                    counts.AddOrUpdate((code, entry.Platform), 1, (_, n) => n + 1);
                }
            });
        return new Dictionary<(string, string), int>(counts);
    }
}
