using System.Collections.Concurrent;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>
/// Files the change filings of <c>onExisting=update</c> through the account grains, as <c>POST /api/accounts/{id}/filings</c>
/// does one, a bounded number at a time (each row is its own record, so their order does not matter).
/// </summary>
internal static class ImportUpdating
{
    public static async Task<(IReadOnlyList<UpdatedRow> Updated, IReadOnlyList<RowProblem> Failed)> FileAsync(
        IReadOnlyList<CheckedUpdate> updates, string noun, IGrainFactory grains, ILogger logger)
    {
        var outcomes = new ConcurrentDictionary<int, FilingOutcome>();
        // Not cancelled when the client goes away, for the reason ImportFiling gives.
        await Parallel.ForEachAsync(updates, ImportLimits.Parallel(CancellationToken.None), async (update, _) =>
        {
            try
            {
                outcomes[update.Index] = await grains.Ref<IAccountGrain>(update.Id).FileAsync(update.Command);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ImportLog.FilingFailed(logger, update.Id, e);
                outcomes[update.Index] = FilingOutcome.Rejected("row", $"变更备案时服务器出错，该{noun}可能未变更，请核对后单独补录");
            }
        });

        var updated = new List<UpdatedRow>(updates.Count);
        var failed = new List<RowProblem>();
        foreach (var update in updates)
        {
            var outcome = outcomes[update.Index];
            if (outcome is { Kind: FilingOutcomeKind.Updated, Account: { } account })
            {
                // What the filing recorded, which is what was checked unless someone changed the record in between.
                updated.Add(new UpdatedRow(SheetRows.Number(update.Index), update.Id, account.Filings[^1].Differences is { } recorded
                    ? recorded
                    : update.Differences));
            }
            else
            {
                failed.Add(new RowProblem(SheetRows.Number(update.Index), update.Id, new Dictionary<string, string[]>
                {
                    [outcome.Field ?? "row"] = [outcome.Error ?? "变更备案被拒绝"],
                }));
            }
        }

        return (updated, failed);
    }
}
