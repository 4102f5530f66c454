using System.Globalization;
using System.Text.Json;

namespace Media.Probes.Extractors;

/// <summary>
/// Platform counters, which arrive as numbers or as display strings: "100万+", "1.2万", "3亿", "999+",
/// "1,234". 万 = 10,000 and 亿 = 100,000,000; a trailing "+" means "at least", so the floor is kept.
/// </summary>
internal static class ChineseCounts
{
    public static long? Read(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) ? Read(value) : null;

    public static long? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number when value.TryGetDouble(out var real) && real >= 0 && real < long.MaxValue => (long)real,
        JsonValueKind.String => Parse(value.GetString()),
        _ => null,
    };

    public static long? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim().TrimEnd('+').Replace(",", "", StringComparison.Ordinal).Trim();
        decimal multiplier = 1;
        if (s.EndsWith('万'))
        {
            multiplier = 10_000m;
        }
        else if (s.EndsWith('亿'))
        {
            multiplier = 100_000_000m;
        }

        if (multiplier != 1)
        {
            s = s[..^1].Trim();
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var total = number * multiplier;
        return total > long.MaxValue ? null : (long)decimal.Truncate(total);
    }
}
