namespace Media.Abstractions.Accounts;

/// <summary>
/// One survey sheet's import, keyed by the hash of its rows' content (<c>SheetHash</c>): whether it began and whether
/// it ran to its end. A sheet that began and did not end (the silo was killed while filing) is resumed when sent again.
/// </summary>
public interface IImportGrain : IGrainWithStringKey
{
    /// <summary>The sheet's import so far, or null when it was never begun.</summary>
    Task<ImportRun?> GetAsync();

    /// <summary>Records that filing the sheet begins (durable when it returns); a run already begun keeps its start.</summary>
    Task<ImportRun> BeginAsync(string actor);

    /// <summary>Records that every row of the sheet is filed or was refused.</summary>
    Task FinishAsync();
}

/// <summary>Who began importing a sheet and when, and when the import ended (null while it has not).</summary>
[GenerateSerializer, Immutable, Alias("media.import-run")]
public sealed record ImportRun(
    [property: Id(0)] string Actor,
    [property: Id(1)] DateTimeOffset BegunAt,
    [property: Id(2)] DateTimeOffset? FinishedAt);
