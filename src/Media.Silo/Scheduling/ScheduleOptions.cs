namespace Media.Silo.Scheduling;

/// <summary>The <c>Schedules</c> section: Quartz cron expressions, read in Beijing time.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedules";

    /// <summary>Turns the scheduler and start-up catch-up off (tests that drive sweeps by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The daily sweep; Quartz cron with seconds. Default 02:00 Beijing time.</summary>
    public string Sweep { get; set; } = "0 0 2 * * ?";

    /// <summary>Probe rounds; Quartz cron with seconds. Default every 10 minutes, so probing spreads over the day.</summary>
    public string ProbeRound { get; set; } = "0 */10 * * * ?";

    /// <summary>
    /// Availability checks of the websites' home pages (SPEC §3.6: at least <c>Rules:Websites:ProbesPerDay</c> a day,
    /// spread through the day). Default every 30 minutes: 48 a day, a margin for slots lost to restarts.
    /// </summary>
    public string SiteChecks { get; set; } = "0 */30 * * * ?";

    /// <summary>Within a slot, websites are checked over this long (each at its own offset); below the slot interval.</summary>
    public TimeSpan SiteCheckSpread { get; set; } = TimeSpan.FromMinutes(25);

    /// <summary>The daily digest of the day before. Default 08:00 Beijing time.</summary>
    public string Digest { get; set; } = "0 0 8 * * ?";

    /// <summary>The weekly summary (一周一点评). Default Mondays 09:00 Beijing time.</summary>
    public string WeeklySummary { get; set; } = "0 0 9 ? * MON";

    /// <summary>The reminder that a quarter's sampling is due. Default 09:00 Beijing on each quarter's first day.</summary>
    public string SamplingReminder { get; set; } = "0 0 9 1 1,4,7,10 ?";

    /// <summary>How often each account is probed.</summary>
    public TimeSpan ProbeEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The most accounts one round probes; the rest wait for the next round.</summary>
    public int ProbesPerRound { get; set; } = 2000;

    /// <summary>How far back a starting silo looks for a sweep slot it missed.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(1);
}
