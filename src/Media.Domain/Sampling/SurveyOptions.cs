namespace Media.Domain.Sampling;

/// <summary>Thresholds of the survey's consolidation candidates (configuration <c>Rules:Survey</c>).</summary>
public sealed class SurveyOptions
{
    /// <summary>Fewer followers than this is a low audience.</summary>
    public long LowFollowers { get; set; } = 1000;

    /// <summary>Fewer posts than this in 30 days is low activity.</summary>
    public int LowPosts30d { get; set; } = 4;
}
