using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class InteractionRuleTests
{
    private static DateTimeOffset Beijing(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Site.Beijing);

    private static SiteFacts Asked(params QuestionFact[] questions) => Site.Clean with { Questions = questions };

    [Fact]
    public void No_working_consultation_channel_is_the_veto()
    {
        var finding = Site.Finding(Site.Judge(Site.Clean with { ConsultationWorks = false }), WebsiteRules.InteractionPoor);

        Assert.NotNull(finding);
        Assert.Contains("咨询渠道", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_unanswered_for_four_months_is_the_veto_naming_it_and_its_date()
    {
        var finding = Site.Finding(Site.Judge(Asked(new QuestionFact("小区路灯何时修复", Beijing(2026, 8, 3), null))), WebsiteRules.InteractionPoor);

        Assert.NotNull(finding);
        Assert.Equal("留言《小区路灯何时修复》2026-08-03提交，至2026-12-03未答复，超过3个月", finding.Evidence);
    }

    [Fact]
    public void Three_calendar_months_to_the_minute_is_late_and_a_minute_less_is_not()
    {
        var question = Asked(new QuestionFact("办证咨询", Beijing(2026, 9, 3), null));

        Assert.NotNull(Site.Finding(Site.Judge(question), WebsiteRules.InteractionPoor));
        Assert.Null(Site.Finding(Site.Judge(question, Site.At - TimeSpan.FromMinutes(1)), WebsiteRules.InteractionPoor));
    }

    [Fact]
    public void A_question_answered_after_four_months_stays_a_finding_with_both_dates()
    {
        var late = Asked(new QuestionFact("补贴申请", Beijing(2026, 3, 1), Beijing(2026, 7, 1)));
        var inTime = Asked(new QuestionFact("补贴申请", Beijing(2026, 3, 1), Beijing(2026, 5, 1)));

        var finding = Site.Finding(Site.Judge(late), WebsiteRules.InteractionPoor);
        Assert.NotNull(finding);
        Assert.Contains("2026-03-01提交，2026-07-01才答复", finding.Evidence, StringComparison.Ordinal);
        Assert.Null(Site.Finding(Site.Judge(inTime), WebsiteRules.InteractionPoor));
    }

    [Fact]
    public void A_question_asked_more_than_a_year_ago_is_outside_the_rule()
    {
        var judgement = Site.Judge(Asked(new QuestionFact("旧留言", Beijing(2025, 12, 2), null)));

        Assert.Null(Site.Finding(judgement, WebsiteRules.InteractionPoor));
    }

    [Fact]
    public void Nothing_read_of_the_interaction_column_is_not_observed()
    {
        var judgement = Site.Judge(Site.Clean with { ConsultationWorks = null, Questions = [] });

        Assert.Null(Site.Finding(judgement, WebsiteRules.InteractionPoor));
        Assert.Contains(WebsiteRules.InteractionPoor, judgement.NotObserved);
    }

    [Fact]
    public void Questions_are_judged_even_when_the_channel_was_not_tried()
    {
        var judgement = Site.Judge(Site.Clean with { ConsultationWorks = null, Questions = [new QuestionFact("噪音投诉", Beijing(2026, 7, 1), null)] });

        Assert.NotNull(Site.Finding(judgement, WebsiteRules.InteractionPoor));
        Assert.DoesNotContain(WebsiteRules.InteractionPoor, judgement.NotObserved);
    }
}
