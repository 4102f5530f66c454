using Media.Domain.Time;

namespace Media.Probes.Extractors;

/// <summary>Turns source timestamps into instants carrying the Beijing offset (+08:00).</summary>
internal static class BeijingDates
{
    public static DateTimeOffset FromUnixSeconds(long seconds) =>
        BeijingTime.ToBeijing(DateTimeOffset.FromUnixTimeSeconds(seconds));

    /// <summary>A wall-clock reading taken in Beijing (Chinese sites print local time without a zone).</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, BeijingTime.Zone.GetUtcOffset(unspecified));
    }

    /// <summary>Unix seconds from a JSON number or numeric string, as platforms use both.</summary>
    public static DateTimeOffset? FromUnix(System.Text.Json.JsonElement value)
    {
        long seconds;
        if (value.ValueKind == System.Text.Json.JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            seconds = n;
        }
        else if (value.ValueKind != System.Text.Json.JsonValueKind.String || !long.TryParse(value.GetString(), out seconds))
        {
            return null;
        }

        // Reject zero and absurd values (milliseconds, garbage) instead of inventing a date.
        return seconds is > 0 and < 32_503_680_000 ? FromUnixSeconds(seconds) : null;
    }
}
