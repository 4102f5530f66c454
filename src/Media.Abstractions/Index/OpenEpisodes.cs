namespace Media.Abstractions.Index;

/// <summary>Which time-based episodes an account has open, so a sweep knows without waking it.</summary>
[Flags]
public enum OpenEpisodes
{
    None = 0,
    NoUpdate = 1,
    Warning = 2,
    LowFrequency = 4,
    MonitoringGap = 8,
}
