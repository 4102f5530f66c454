using System.Globalization;
using System.Text.RegularExpressions;
using Media.Domain.Time;
using Media.Probes.Extractors;

namespace Media.Probes.Sites;

/// <summary>
/// Publication dates as government list pages print them: <c>2020-08-02</c>, <c>2020/08/02</c>, <c>2020.08.02</c>,
/// <c>2020年8月2日</c>, with or without a time, <c>[08-02]</c> without a year, and dates inside article URLs
/// (<c>/t20200802_123.html</c>, <c>/2020-08/02/</c>). A date more than a day after the read time is not a
/// publication date (a template's placeholder, an event announced ahead), so it is ignored.
/// </summary>
internal static partial class SiteDates
{
    // Longest forms first: a time, when printed, belongs to the date.
    private static readonly DatePattern Full = new(
        "yyyy-M-d H:mm:ss|yyyy-M-d H:mm|yyyy-M-d|yyyy/M/d H:mm|yyyy/M/d|yyyy.M.d|yyyy年M月d日 H:mm|yyyy年M月d日");

    public static DateTimeOffset? InText(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text) || LooksLikeClock(text))
        {
            return null;
        }

        var date = Full.Find(text) ?? WithoutYear(text, now);
        return Plausible(date, now);
    }

    /// <summary>Whether the text shows a date at all, whatever the read time.</summary>
    public static bool HasDate(string text) => Full.Find(text) is not null || NoYear().IsMatch(text);

    public static DateTimeOffset? InUrl(string? url, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        foreach (var regex in new[] { UrlCompact(), UrlSeparated() })
        {
            if (regex.Match(url) is { Success: true } m
                && Build(Number(m, "y"), Number(m, "m"), Number(m, "d")) is { } date)
            {
                return Plausible(date, now);
            }
        }

        return null;
    }

    /// <summary>A page's clock (今天是…星期日, 当前时间) shows the reader's day, not a publication.</summary>
    private static bool LooksLikeClock(string text) =>
        text.Contains("星期", StringComparison.Ordinal) || text.Contains("今天是", StringComparison.Ordinal)
        || text.Contains("当前时间", StringComparison.Ordinal);

    private static DateTimeOffset? Plausible(DateTimeOffset? date, DateTimeOffset now) =>
        date is { } d && d <= now.AddDays(1) ? d : null;

    /// <summary><c>08-02</c>: the latest 2 August not after the read time's Beijing date (so in January, last December).</summary>
    private static DateTimeOffset? WithoutYear(string text, DateTimeOffset now)
    {
        if (NoYear().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var today = BeijingTime.DateOf(now);
        var (month, day) = (Number(m, "m"), Number(m, "d"));
        for (var year = today.Year; year >= today.Year - 1; year--)
        {
            if (Build(year, month, day) is { } date && DateOnly.FromDateTime(date.DateTime) <= today)
            {
                return date;
            }
        }

        return null;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Build(int year, int month, int day) =>
        year is >= 1990 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? BeijingDates.FromLocal(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified))
            : null;

    // "08-02", "[8-2]", "8月2日" not preceded by a year or another number (so "2006-2020" and "4.10-4.16" do not match).
    [GeneratedRegex(@"(?<![\d./\-年])(?:(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d./\-:])|(?<m>\d{1,2})月(?<d>\d{1,2})日)", RegexOptions.CultureInvariant)]
    private static partial Regex NoYear();

    // ".../t20200802_123.html", ".../20200802/...": eight digits right after a slash (or "/t"), then a separator.
    [GeneratedRegex(@"/t?(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[_/.])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCompact();

    // ".../2020-08/02/...", ".../2020/08/02/...".
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})/", RegexOptions.CultureInvariant)]
    private static partial Regex UrlSeparated();
}
