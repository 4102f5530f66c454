using System.Collections.Concurrent;
using Media.Application;
using Media.Application.Imports;
using Media.Grains;

namespace Media.Silo.SheetRuns;

/// <summary>
/// The sheet imports running in this silo, by id, each readable only by the user who started it: the page and
/// <c>POST /api/imports/…?async=true</c> start one and answer at once, and the browser and the CLI poll its progress. A
/// finished run is kept for <see cref="KeptFor"/> so a late poll still finds its result. Runs live in memory only: a run the
/// silo's stop cuts off is the resumable sheet of <see cref="SheetImport"/>, and the same sheet sent again files the rest.
/// </summary>
public sealed partial class ImportRuns([FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILogger<ImportRuns> logger)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, ImportRun> _runs = new(StringComparer.Ordinal);

    /// <summary>Starts <paramref name="import"/> in the background, reporting into the run it answers.</summary>
    public ImportRun Start(string owner, ImportRunSheet sheet, int rows, Func<IProgress<ImportProgress>, Task<Outcome<ImportResult>>> import)
    {
        ForgetOld();
        var run = new ImportRun(Guid.NewGuid().ToString("N"), owner, sheet, rows);
        _runs[run.Id] = run;
        _ = Task.Run(async () =>
        {
            try
            {
                run.Finish(await import(run), null, clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A silo going down or the store failing mid-sheet: what was filed stays filed, and the sheet's run stays open.
                Interrupted(logger, run.Id, owner, e);
                run.Finish(null, "导入因服务器错误中断；已备案的行保留，再次导入同一张表会接着备案其余的行", clock.GetUtcNow());
            }
        });
        return run;
    }

    /// <summary>The run <paramref name="id"/> if <paramref name="user"/> started it; another user's run is as unknown as none.</summary>
    public ImportRun? Find(string? id, string user) =>
        id is not null && _runs.TryGetValue(id, out var run) && string.Equals(run.Owner, user, StringComparison.Ordinal) ? run : null;

    private void ForgetOld()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, run) in _runs)
        {
            if (run.FinishedAt is { } at && now - at > KeptFor)
            {
                _runs.TryRemove(id, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import run {RunId} of {User} was cut off")]
    private static partial void Interrupted(ILogger logger, string runId, string user, Exception exception);
}
