using Media.Abstractions.Sampling;

namespace Media.Abstractions.Storage;

/// <summary>
/// Where a sampling keeps its inspections: one row per inspected account, apart from the draw, so recording k inspections
/// writes k rows whatever the sample's size (a province's sample is hundreds of thousands of accounts; kept in the
/// sampling's state, every inspection rewrote megabytes).
/// </summary>
public interface ISamplingInspections
{
    /// <summary>The sampling's inspections with their order, in that order (a replaced one at its replacement's place).</summary>
    Task<IReadOnlyList<(long Order, InspectionRecord Inspection)>> LoadAsync(string samplingId);

    /// <summary>
    /// Stores each inspection at its order, replacing the row of the same account, in one transaction; durable when the
    /// task completes.
    /// </summary>
    Task SaveAsync(string samplingId, IReadOnlyList<(long Order, InspectionRecord Inspection)> inspections);
}
