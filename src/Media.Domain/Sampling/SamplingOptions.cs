namespace Media.Domain.Sampling;

/// <summary>Sampling thresholds (configuration <c>Rules:Sampling</c>).</summary>
public sealed class SamplingOptions
{
    /// <summary>The least share of the population a sampling may draw (每季度不低于30%).</summary>
    public decimal MinRatio { get; set; } = 0.30m;
}
