using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class UnreachableRuleTests
{
    [Fact]
    public void Seven_failures_of_140_checks_over_a_week_is_the_veto_with_the_window_and_counts_as_evidence()
    {
        var judgement = Site.Judge(Site.Clean with { Checks = Site.Checks(140, failures: 7) });

        var finding = Site.Finding(judgement, WebsiteRules.Unreachable);
        Assert.NotNull(finding);
        Assert.Equal("2026-11-26至2026-12-03共检测140次，失败7次（5.0%），达到5%", finding.Evidence);
    }

    [Fact]
    public void Six_failures_of_140_checks_is_no_finding_and_the_rule_was_judged()
    {
        var judgement = Site.Judge(Site.Clean with { Checks = Site.Checks(140, failures: 6) });

        Assert.Null(Site.Finding(judgement, WebsiteRules.Unreachable));
        Assert.DoesNotContain(WebsiteRules.Unreachable, judgement.NotObserved);
    }

    [Fact]
    public void A_site_with_a_single_day_of_checks_is_not_observed_even_when_they_all_failed()
    {
        var judgement = Site.Judge(Site.Clean with { Checks = Site.Checks(20, failures: 20) });

        Assert.Null(Site.Finding(judgement, WebsiteRules.Unreachable));
        Assert.Contains(WebsiteRules.Unreachable, judgement.NotObserved);
    }

    [Fact]
    public void Half_the_planned_probes_are_enough_to_judge_and_one_fewer_is_not()
    {
        // 20 a day × 7 days / 2 = 70; 4 of 70 is 5.7%.
        var judged = Site.Judge(Site.Clean with { Checks = Site.Checks(70, failures: 4) });
        var unjudged = Site.Judge(Site.Clean with { Checks = Site.Checks(69, failures: 4) });

        Assert.NotNull(Site.Finding(judged, WebsiteRules.Unreachable));
        Assert.Null(Site.Finding(unjudged, WebsiteRules.Unreachable));
        Assert.Contains(WebsiteRules.Unreachable, unjudged.NotObserved);
    }

    [Fact]
    public void A_check_exactly_seven_days_old_has_left_the_window()
    {
        // 6 of 120 is exactly 5%; counting the edge check would make it 6 of 121, below 5%.
        var checks = Site.Checks(120, failures: 6).Append(new SiteCheckFact(Site.At - TimeSpan.FromDays(7), true)).ToList();

        var finding = Site.Finding(Site.Judge(Site.Clean with { Checks = checks }), WebsiteRules.Unreachable);

        Assert.NotNull(finding);
        Assert.Contains("共检测120次", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_after_the_check_time_do_not_count()
    {
        var later = Enumerable.Range(1, 5).Select(h => new SiteCheckFact(Site.At + TimeSpan.FromHours(h), false));
        var checks = Site.Checks(140, failures: 6).Concat(later).ToList();

        Assert.Null(Site.Finding(Site.Judge(Site.Clean with { Checks = checks }), WebsiteRules.Unreachable));
    }
}
