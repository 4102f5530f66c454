using Media.Abstractions;
using Media.Abstractions.Accounts;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>Files checked rows through the account grains, a bounded number at a time.</summary>
internal static class ImportFiling
{
    /// <summary>Files the rows; with <paramref name="skipFiled"/> a row filed meanwhile by someone else is skipped, not failed.</summary>
    public static async Task<ImportResult> FileAsync(IReadOnlyList<CheckedRow> rows, (string Noun, string IdField) kind, bool skipFiled, IGrainFactory grains,
        ILogger logger, IProgress<ImportProgress>? progress = null)
    {
        var counter = new ProgressCounter(progress, ImportProgress.Filing, rows.Count);
        var outcomes = new FilingOutcome[rows.Count];
        // Rows of one unit on one platform are filed in sheet order, so which of them gets the
        // duplicate-account finding does not depend on scheduling; other rows go in parallel.
        var groups = Enumerable.Range(0, rows.Count)
            .GroupBy(i => (rows[i].Command.UnitCode, rows[i].Platform))
            .Select(g => g.ToArray());
        // The grains see the filings as an import's and leave memory when done (imported accounts at once, their units
        // soon after): kept for the collection age, a large import holds hundreds of thousands of idle activations.
        using var bulk = BulkImport.Begin();
        // Not cancelled when the client goes away: once filing has begun, finishing it leaves the store in
        // the state the sheet describes, which stopping at an arbitrary row would not.
        await Parallel.ForEachAsync(groups, ImportLimits.Parallel(CancellationToken.None), async (group, _) =>
        {
            foreach (var i in group)
            {
                try
                {
                    outcomes[i] = await grains.Ref<IAccountGrain>(rows[i].Id).OpenAsync(rows[i].Command);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One row's failure (storage down, a timeout) must not hide which other rows were filed.
                    ImportLog.FilingFailed(logger, rows[i].Id, e);
                    outcomes[i] = FilingOutcome.Rejected("row", $"备案时服务器出错，该{kind.Noun}可能未备案，请核对后单独补录");
                }

                counter.Tick();
            }
        });

        var accounts = new List<ImportedAccount>(rows.Count);
        var failed = new List<RowProblem>();
        var skipped = new List<SkippedRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var outcome = outcomes[i];
            switch (outcome.Kind)
            {
                case FilingOutcomeKind.Created:
                    accounts.Add(new ImportedAccount(SheetRows.Number(row.Index), row.Id, [.. outcome.Account!.Findings.Select(f => f.Rule)]));
                    break;
                case FilingOutcomeKind.AlreadyExists when skipFiled:
                    skipped.Add(new SkippedRow(SheetRows.Number(row.Index), row.Id));
                    break;
                case FilingOutcomeKind.AlreadyExists:
                    failed.Add(Failure(row, kind.IdField, $"{kind.Noun} {row.Id} 已由他人同时备案"));
                    break;
                default:
                    failed.Add(Failure(row, outcome.Field ?? "row", outcome.Error ?? "备案被拒绝"));
                    break;
            }
        }

        return new ImportResult(accounts.Count, false, accounts, failed, skipped, false);
    }

    private static RowProblem Failure(CheckedRow row, string field, string message) =>
        new(SheetRows.Number(row.Index), row.Id, new Dictionary<string, string[]> { [field] = [message] });
}
