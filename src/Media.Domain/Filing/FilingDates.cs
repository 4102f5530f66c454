using System.Globalization;

namespace Media.Domain.Filing;

/// <summary>
/// Dates a filing may carry. A filing records something that has happened: a future opening would exempt the account
/// from monitoring, and a future closure would stop it early, so both are refused rather than recorded.
/// </summary>
public static class FilingDates
{
    /// <summary>Why an opening date is refused, or null.</summary>
    /// <param name="openedOn">Beijing date the account was opened.</param>
    /// <param name="today">Today in Beijing.</param>
    public static string? CheckOpenedOn(DateOnly openedOn, DateOnly today) =>
        openedOn > today ? $"开设日期 {Iso(openedOn)} 晚于今日（{Iso(today)}，北京时间），不能备案尚未开设的账号" : null;

    /// <summary>Why the effective date of a change, closure or cancellation is refused, or null.</summary>
    /// <param name="effectiveOn">Beijing date the filing takes effect.</param>
    /// <param name="openedOn">Beijing date the account was opened.</param>
    /// <param name="today">Today in Beijing.</param>
    public static string? CheckEffectiveOn(DateOnly effectiveOn, DateOnly openedOn, DateOnly today)
    {
        if (effectiveOn > today)
        {
            return $"生效日期 {Iso(effectiveOn)} 晚于今日（{Iso(today)}，北京时间），请在生效后再备案";
        }

        return effectiveOn < openedOn ? $"生效日期 {Iso(effectiveOn)} 早于账号开设日期 {Iso(openedOn)}" : null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
