using System.Globalization;
using System.Text.RegularExpressions;
using Media.Domain.Time;

namespace Media.Probes.Extractors;

/// <summary>
/// Feed dates as they are found in the wild: RFC 822 (<c>Sat, 15 Jun 2019 11:44:46 +0800</c>, <c>GMT</c>,
/// named US zones, two-digit years, no seconds), RFC 3339, and what Chinese sites print instead
/// (<c>2019-06-15 11:44:46</c>, <c>2019年6月15日 11:44</c>, <c>CST</c>). Results carry +08:00.
/// </summary>
internal static partial class FeedDates
{
    // On a Chinese site "CST" is China Standard Time, not US Central; RSSHub and CMSs print it so.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["CST"] = "+08:00", ["BJT"] = "+08:00", ["CCT"] = "+08:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822 =
    [
        "d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz", "d MMM yy H:mm:ss zzz", "d MMM yy H:mm zzz",
        "d MMM yyyy H:mm:ss", "d MMM yyyy H:mm",
    ];

    private static readonly string[] Local =
        ["yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = Spaces().Replace(text.Trim(), " ");
        return ParseRfc822(s) ?? ParseIso(s) ?? ParseLocal(s);
    }

    private static DateTimeOffset? ParseRfc822(string s)
    {
        var m = Rfc822Shape().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var zone = m.Groups["zone"].Value;
        var offset = zone.Length == 0 ? null
            : Zones.TryGetValue(zone, out var named) ? named
            : zone.Length == 5 ? $"{zone[..3]}:{zone[3..]}"
            : zone;
        var body = m.Groups["body"].Value;
        if (offset is null)
        {
            // No zone at all: a Chinese site's local time.
            return DateTime.TryParseExact(body, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? BeijingDates.FromLocal(local)
                : null;
        }

        return DateTimeOffset.TryParseExact($"{body} {offset}", Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? BeijingTime.ToBeijing(value)
            : null;
    }

    private static DateTimeOffset? ParseIso(string s)
    {
        if (!ExplicitOffset().IsMatch(s))
        {
            return null;
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? BeijingTime.ToBeijing(value)
            : null;
    }

    private static DateTimeOffset? ParseLocal(string s)
    {
        var normalized = ChineseDate().Replace(s, m => $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}")
            .Replace('T', ' ').Trim();
        return DateTime.TryParseExact(normalized, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? BeijingDates.FromLocal(local)
            : null;
    }

    // Optional day name, then "15 Jun 2019 11:44[:46]" and an optional zone (+0800, +08:00, GMT, CST…).
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<body>\d{1,2} [A-Za-z]{3} \d{2,4} \d{1,2}:\d{2}(?::\d{2})?)(?: (?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Shape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
