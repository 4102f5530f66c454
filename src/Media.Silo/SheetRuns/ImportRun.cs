using Media.Application;
using Media.Application.Imports;

namespace Media.Silo.SheetRuns;

/// <summary>What a run was started for: the sheet kind (<c>accounts</c>, <c>websites</c>), and for a page's upload the file's
/// name, its kept copy and the file's row numbers of the rows sent (empty for an API run, whose rows are its own).</summary>
public sealed record ImportRunSheet(string Kind, string? FileName = null, string? Stored = null, IReadOnlyList<int>? Numbers = null);

/// <summary>
/// One sheet being filed in the background (<see cref="ImportRuns"/>): who started it, how far it has come (the import reports
/// through <see cref="IProgress{T}"/>) and, once finished, its outcome, or the message of the error that cut it off.
/// </summary>
public sealed class ImportRun(string id, string owner, ImportRunSheet sheet, int rows) : IProgress<ImportProgress>
{
    private volatile ImportProgress _progress = new(ImportProgress.Checking, 0, rows);
    private volatile Ending? _ending;

    public string Id { get; } = id;

    public string Owner { get; } = owner;

    public ImportRunSheet Sheet { get; } = sheet;

    /// <summary>The latest report: the stage and its rows done out of its total.</summary>
    public ImportProgress Progress => _progress;

    public bool IsFinished => _ending is not null;

    /// <summary>The import's outcome; null while running and when an error cut the run off.</summary>
    public Outcome<ImportResult>? Outcome => _ending?.Outcome;

    /// <summary>Why the run stopped short; null unless an error cut it off.</summary>
    public string? Error => _ending?.Error;

    public DateTimeOffset? FinishedAt => _ending?.At;

    public void Report(ImportProgress value) => _progress = value;

    internal void Finish(Outcome<ImportResult>? outcome, string? error, DateTimeOffset at) => _ending = new Ending(outcome, error, at);

    private sealed record Ending(Outcome<ImportResult>? Outcome, string? Error, DateTimeOffset At);
}
