namespace Media.Domain.Monitoring;

/// <summary>Thresholds of the monitoring rules (<c>Rules:Monitoring</c>), with SPEC §3.3's defaults.</summary>
public sealed class MonitoringOptions
{
    /// <summary>No post in this many days (× 24 h) before the check ⇒ <c>no-update-2w</c>.</summary>
    public int NoUpdateDays { get; set; } = 14;

    /// <summary>No post in this many days ⇒ the early warning.</summary>
    public int WarningDays { get; set; } = 10;

    /// <summary>Fewer posts than this in <see cref="LowFrequencyWindowDays"/> ⇒ <c>low-frequency</c>.</summary>
    public int LowFrequencyPosts { get; set; } = 4;

    public int LowFrequencyWindowDays { get; set; } = 30;

    /// <summary>How many failed availability checks, spread over at least <see cref="AppUnavailableHours"/>.</summary>
    public int AppUnavailableFailures { get; set; } = 3;

    public int AppUnavailableHours { get; set; } = 48;

    /// <summary>How long an account keeps its posts (statistics and the quarter's evidence).</summary>
    public int RetainPostDays { get; set; } = 100;

    /// <summary>The most posts an account keeps, whatever their age.</summary>
    public int RetainPostCount { get; set; } = 400;
}
