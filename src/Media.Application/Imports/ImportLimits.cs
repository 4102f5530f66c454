namespace Media.Application.Imports;

/// <summary>The bounds of one import request.</summary>
public static class ImportLimits
{
    /// <summary>A whole 摸底 sheet of a large city or a province's departments (SPEC §8: a 100,000-row sheet).</summary>
    public const int MaxRows = 100_000;

    /// <summary>
    /// The JSON of <see cref="MaxRows"/> rows at about 1 KB a row at most (a filled template row is about half that). Above
    /// Kestrel's own default for other requests, so the import endpoints raise the limit for their request only.
    /// </summary>
    public const int MaxBodyBytes = 100 * 1024 * 1024;

    /// <summary>
    /// An uploaded sheet file (the page): a CSV of <see cref="MaxRows"/> filled rows is about 30 MB, an .xlsx a fraction of
    /// that. The page holds the file in memory while it reads it, so the bound is the file's, not the JSON's.
    /// </summary>
    public const int MaxUploadBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Grain calls in flight at once: enough to keep the store busy, few enough that one large import
    /// does not starve the silo's other requests.
    /// </summary>
    public const int Parallelism = 32;

    public static ParallelOptions Parallel(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
