using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Media.Domain.Time;
using Quartz;

namespace Media.Silo.Probing;

/// <summary>
/// Availability check slots: their names, where in a slot each website is checked, and how many slots a day has.
/// </summary>
public static class SiteCheckSlots
{
    /// <summary>e.g. <c>site-check/2026-11-26T10:30</c>.</summary>
    public static string For(DateTimeOffset scheduledAt) => ProbeSlots.Named("site-check", scheduledAt);

    /// <summary>
    /// A website's moment within a slot, in [0, <paramref name="spread"/>): from a hash of its id, so sites are checked
    /// one after another rather than all at once, and each site at the same point of every slot (its checks stay evenly
    /// spaced through the day).
    /// </summary>
    public static TimeSpan Offset(string websiteId, TimeSpan spread)
    {
        ArgumentNullException.ThrowIfNull(websiteId);
        if (spread <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var hash = BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(websiteId)));
        return TimeSpan.FromTicks((long)(hash % (ulong)spread.Ticks));
    }

    /// <summary>How many times <paramref name="cron"/> fires in a Beijing day (the fewest over a sample week).</summary>
    public static int FiringsPerDay(string cron)
    {
        var firings = SampleWeek(cron);
        return Enumerable.Range(0, 7).Min(day => firings.Count(f => (f - Monday).Days == day));
    }

    /// <summary>The shortest time between two firings of <paramref name="cron"/> (over a sample week).</summary>
    public static TimeSpan ShortestInterval(string cron)
    {
        var firings = SampleWeek(cron);
        return firings.Count < 2 ? TimeSpan.FromDays(7) : firings.Zip(firings.Skip(1), (a, b) => b - a).Min();
    }

    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(8));

    private static List<DateTimeOffset> SampleWeek(string cron)
    {
        var expression = new CronExpression(cron, BeijingTime.Zone);
        var firings = new List<DateTimeOffset>();
        for (var next = expression.GetNextValidTimeAfter(Monday.AddTicks(-1)); next is { } n && n < Monday.AddDays(7);
             next = expression.GetNextValidTimeAfter(n))
        {
            firings.Add(n);
        }

        return firings;
    }
}
