using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

/// <summary>An account a supervisor discovered unfiled (filing-missing) is late only if filed more than the deadline after the discovery.</summary>
public class DiscoveredFilingTests
{
    private static readonly DateOnly Discovered = new(2026, 11, 20);

    // 广州市人民政府's Weibo account, opened in 2019 and never filed until a supervisor found it, approved properly.
    private static readonly OpeningFacts Found = new(UnitLevel.City, UnitKind.Government, RegionCode.Parse("440100"),
        Platforms.Weibo, 0, "440000", "粤办函〔2019〕1号", null, new DateOnly(2019, 3, 1), FiledOn(Discovered.AddDays(1)),
        new DateOnly(2019, 2, 1), Discovered);

    private static DateTimeOffset FiledOn(DateOnly day, int hour = 10) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static IReadOnlyList<Finding> Evaluate(OpeningFacts facts, DateOnly? effectiveFrom = null) =>
        FilingRules.EvaluateOpening(facts, new FilingRuleOptions { EffectiveFrom = effectiveFrom });

    [Fact]
    public void Filed_the_day_after_discovery_is_on_time_though_opened_years_ago() => Assert.Empty(Evaluate(Found));

    [Fact]
    public void Filed_on_the_third_day_after_discovery_until_midnight_Beijing_is_on_time() =>
        Assert.Empty(Evaluate(Found with { FiledAt = FiledOn(Discovered.AddDays(3), hour: 23) }));

    [Fact]
    public void Filed_five_days_after_discovery_is_late_from_the_discovery_date()
    {
        var late = Assert.Single(Evaluate(Found with { FiledAt = FiledOn(Discovered.AddDays(5)) }));

        Assert.Equal(RuleIds.FilingLate, late.Rule);
        Assert.Contains("2026-11-20", late.Message, StringComparison.Ordinal);
        Assert.Contains("自发现之日", late.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-23", late.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2019-03-01", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discovered_legacy_account_is_still_judged_from_its_discovery()
    {
        var facts = Found with { FiledAt = FiledOn(Discovered.AddDays(5)) };

        Assert.Equal([RuleIds.FilingLate], Evaluate(facts, effectiveFrom: new DateOnly(2020, 1, 1)).Select(f => f.Rule));
    }

    [Fact]
    public void The_filing_entry_deadline_counts_from_the_discovery()
    {
        var timeliness = FilingRules.OpeningTimeliness(Found, new FilingRuleOptions());

        Assert.Equal(new FilingTimeliness(Discovered, new DateOnly(2026, 11, 23), false, true), timeliness);
    }

    [Fact]
    public void A_discovery_dated_before_the_opening_counts_from_the_opening() =>
        Assert.Equal(new DateOnly(2026, 11, 22), FilingDeadline.OpeningCountsFrom(new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 20)));

    [Fact]
    public void Without_a_discovery_the_deadline_counts_from_the_opening()
    {
        var timeliness = FilingRules.OpeningTimeliness(Found with { DiscoveredOn = null }, new FilingRuleOptions());

        Assert.True(timeliness.Late);
        Assert.False(timeliness.FromDiscovery);
        Assert.Equal(new DateOnly(2019, 3, 4), timeliness.Deadline);
    }

    [Fact]
    public void The_missing_filing_names_what_was_found_and_the_deadline_from_the_discovery()
    {
        var missing = FilingRules.Missing(Discovered, "广州发布", "https://weibo.com/gzfb", "广州市人民政府办公厅", new FilingRuleOptions());

        Assert.Equal(RuleIds.FilingMissing, missing.Rule);
        Assert.Contains("2026-11-20发现账号“广州发布”（https://weibo.com/gzfb）未备案，疑似主办单位为广州市人民政府办公厅", missing.Message,
            StringComparison.Ordinal);
        Assert.Contains("于2026-11-23（含）前备案", missing.Message, StringComparison.Ordinal);
    }
}
