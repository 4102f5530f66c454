using System.Globalization;
using Media.Domain.Time;
using Quartz;

namespace Media.Silo.Scheduling;

/// <summary>Names sweep slots after their scheduled Beijing time, and finds the latest one due.</summary>
public static class SweepSlots
{
    /// <summary>e.g. <c>sweep/2026-11-26T02:00</c>: every silo that fires for this time names it the same.</summary>
    public static string For(DateTimeOffset scheduledAt) =>
        "sweep/" + BeijingTime.ToBeijing(scheduledAt).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The latest fire time of the cron at or before <paramref name="now"/> within the window.</summary>
    public static DateTimeOffset? LatestDue(string cron, DateTimeOffset now, TimeSpan window)
    {
        var expression = new CronExpression(cron, BeijingTime.Zone);
        DateTimeOffset? latest = null;
        for (var next = expression.GetNextValidTimeAfter(now - window); next is { } n && n <= now;
             next = expression.GetNextValidTimeAfter(n))
        {
            latest = n;
        }

        return latest;
    }
}
