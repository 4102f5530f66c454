using System.Globalization;
using Media.Domain.Time;

namespace Media.Domain.Websites;

/// <summary>
/// How the website rules count time. Days are exact 24-h spans back from the check time, as for the account rule
/// <c>no-update-2w</c>: "监测时间点前2周/1周" is a span before an instant, and a site checked at 02:00 and at 20:00 on the
/// same day must not get different verdicts from a calendar cut. Months are calendar months on the Beijing clock
/// (2026-05-31 + 1 month = 2026-06-30), because "6个月/3个月/1年" are read off the calendar by inspectors and months
/// differ in length, so no fixed span would agree with them. A threshold is reached at its instant: an item exactly
/// 14 × 24 h old is stale, a question exactly 3 months unanswered is late.
/// </summary>
internal static class RuleClock
{
    public static DateTimeOffset AfterDays(DateTimeOffset instant, int days) => instant + TimeSpan.FromDays(days);

    public static DateTimeOffset AfterMonths(DateTimeOffset instant, int months) =>
        BeijingTime.ToBeijing(instant).AddMonths(months);

    /// <summary>The Beijing date of an instant, as evidence shows it (2026-11-26).</summary>
    public static string Date(DateTimeOffset instant) =>
        BeijingTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
