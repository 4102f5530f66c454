namespace Media.Application.Imports;

/// <summary>The bounds of one import request.</summary>
public static class ImportLimits
{
    public const int MaxRows = 10_000;

    /// <summary>About 1 KB per row at most, with room to spare; Kestrel's own cap is 16 MB.</summary>
    public const int MaxBodyBytes = 12 * 1024 * 1024;

    /// <summary>
    /// Grain calls in flight at once: enough to keep the store busy, few enough that one large import
    /// does not starve the silo's other requests.
    /// </summary>
    public const int Parallelism = 32;

    public static ParallelOptions Parallel(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
