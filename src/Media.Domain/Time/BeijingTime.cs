namespace Media.Domain.Time;

/// <summary>
/// Every rule date is a Beijing calendar date (SPEC §3). Instants are converted here and nowhere else,
/// so a filing at 2024-03-04T16:30Z counts as 2024-03-05 whatever the server's zone is.
/// </summary>
public static class BeijingTime
{
    private const string ZoneId = "Asia/Shanghai";

    /// <summary>Asia/Shanghai, or a fixed UTC+8 zone where the host has no time-zone database.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Beijing calendar date on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToBeijing(instant).DateTime);

    /// <summary>00:00 Beijing time on <paramref name="date"/>, with its Beijing offset.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Minimal containers may lack tzdata; China has had no daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(8), "北京时间", "北京时间");
        }
    }
}
