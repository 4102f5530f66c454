using Media.Domain.Filing;

namespace Media.Domain.Tests.Filing;

public class FilingDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateOnly Opened = new(2024, 3, 1);

    [Fact]
    public void An_opening_today_or_earlier_is_accepted()
    {
        Assert.Null(FilingDates.CheckOpenedOn(Today, Today));
        Assert.Null(FilingDates.CheckOpenedOn(new DateOnly(2018, 6, 1), Today));
    }

    [Fact]
    public void An_opening_tomorrow_is_refused_naming_both_dates()
    {
        var message = FilingDates.CheckOpenedOn(Today.AddDays(1), Today);
        Assert.NotNull(message);
        Assert.Contains("2026-12-04", message, StringComparison.Ordinal);
        Assert.Contains("2026-12-03", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closure_effective_today_is_accepted_and_one_effective_tomorrow_is_refused()
    {
        Assert.Null(FilingDates.CheckEffectiveOn(Today, Opened, Today));
        Assert.Contains("晚于今日", FilingDates.CheckEffectiveOn(Today.AddDays(1), Opened, Today), StringComparison.Ordinal);
    }

    [Fact]
    public void A_filing_on_the_opening_day_is_accepted_and_one_before_it_is_refused()
    {
        Assert.Null(FilingDates.CheckEffectiveOn(Opened, Opened, Today));
        Assert.Contains("早于账号开设日期 2024-03-01", FilingDates.CheckEffectiveOn(Opened.AddDays(-1), Opened, Today),
            StringComparison.Ordinal);
    }
}
