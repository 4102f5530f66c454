using Media.Domain.Accounts;

namespace Media.Domain.Monitoring;

/// <summary>
/// <c>app-unavailable</c> (SPEC §3.3): a self-built app that could not be downloaded or opened in
/// <see cref="MonitoringOptions.AppUnavailableFailures"/> checks in a row, spread over at least
/// <see cref="MonitoringOptions.AppUnavailableHours"/>. One failed check proves little; a run of them does.
/// </summary>
public static class AppAvailability
{
    /// <summary>
    /// True when the app counts as unavailable at <paramref name="at"/>. An episode already open stays open
    /// while the failures go on (<paramref name="episodeOpen"/>), and only a successful check (no failures) ends it.
    /// </summary>
    /// <param name="platform">A <see cref="Platforms"/> id: only <see cref="Platforms.App"/> is judged.</param>
    /// <param name="failures">Failed availability checks in a row.</param>
    /// <param name="failingSince">When the run of failures began.</param>
    /// <param name="episodeOpen">Whether an <c>app-unavailable</c> episode is open now.</param>
    /// <param name="at">The check time.</param>
    /// <param name="options">Thresholds.</param>
    public static bool IsUnavailable(string platform, int failures, DateTimeOffset? failingSince, bool episodeOpen,
        DateTimeOffset at, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var down = platform == Platforms.App && failures >= options.AppUnavailableFailures
            && failingSince is { } since && at - since >= TimeSpan.FromHours(options.AppUnavailableHours);
        return down || (failures > 0 && episodeOpen);
    }
}
