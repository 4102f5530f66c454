using System.Globalization;
using System.Text.RegularExpressions;
using Media.Domain.Time;

namespace Media.Probes.Extractors;

/// <summary>
/// Weibo's <c>created_at</c> in every form m.weibo.cn uses: 刚刚, N秒前, N分钟前, N小时前, 今天 HH:mm,
/// 昨天 HH:mm, MM-dd (this year), yyyy-MM-dd (optionally with HH:mm), and the full
/// <c>Sat Jun 15 11:44:46 +0800 2019</c>. Relative and local forms are read against Beijing time at
/// <c>now</c>; date-only forms give Beijing midnight, the most they tell.
/// </summary>
internal static partial class WeiboDates
{
    private static readonly string[] FullFormats = ["ddd MMM dd HH:mm:ss zzz yyyy", "ddd MMM d HH:mm:ss zzz yyyy"];
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-M-d HH:mm", "yyyy-M-d"];

    public static DateTimeOffset? Parse(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        var beijingNow = BeijingTime.ToBeijing(now);
        if (s == "刚刚")
        {
            return beijingNow;
        }

        if (Ago().Match(s) is { Success: true } ago)
        {
            var amount = int.Parse(ago.Groups["n"].Value, CultureInfo.InvariantCulture);
            return ago.Groups["unit"].Value switch
            {
                "秒" => beijingNow.AddSeconds(-amount),
                "分钟" => beijingNow.AddMinutes(-amount),
                _ => beijingNow.AddHours(-amount),
            };
        }

        if (DayAndTime().Match(s) is { Success: true } day)
        {
            var date = DateOnly.FromDateTime(beijingNow.DateTime).AddDays(day.Groups["day"].Value == "昨天" ? -1 : 0);
            return TimeOnly.TryParseExact(day.Groups["time"].Value, "H:mm", out var time)
                ? BeijingDates.FromLocal(date.ToDateTime(time))
                : null;
        }

        if (DateTimeOffset.TryParseExact(s, FullFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            return BeijingTime.ToBeijing(full);
        }

        if (DateTime.TryParseExact(s, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return BeijingDates.FromLocal(local);
        }

        return ThisYear(s, beijingNow);
    }

    /// <summary>"06-14" or "06-14 12:30": this year in Beijing, unless that would lie in the future.</summary>
    private static DateTimeOffset? ThisYear(string s, DateTimeOffset beijingNow)
    {
        string[] formats = ["MM-dd", "M-d", "MM-dd HH:mm", "M-d H:mm"];
        var withYear = string.Create(CultureInfo.InvariantCulture, $"{beijingNow.Year}-{s}");
        var yearFormats = formats.Select(f => "yyyy-" + f).ToArray();
        if (!DateTime.TryParseExact(withYear, yearFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var result = BeijingDates.FromLocal(local);

        // Weibo switches to yyyy-MM-dd for earlier years, but a page read just after New Year with a
        // clock a little off could still say "12-31"; a post cannot come from the future.
        return result > beijingNow.AddDays(1) ? BeijingDates.FromLocal(local.AddYears(-1)) : result;
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?<unit>秒|分钟|小时)前$", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(?<day>今天|昨天)\s*(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayAndTime();
}
