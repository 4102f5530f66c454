using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class WebsiteScoreTests
{
    private static readonly DeductionSheet Sheet = DeductionSheetTests.Parse(DeductionSheetTests.Valid);

    [Fact]
    public void Deductions_are_taken_from_100_with_the_lines_used_in_sheet_order()
    {
        var score = WebsiteScore.Score([], [("site-identifiers", 2), ("link-availability", 3)], Sheet);

        Assert.Equal(94m, score.Total);
        Assert.True(score.Passed);
        Assert.Equal(
            [new ScoreLine("link-availability", "链接可用性", 3, 3m, true, "测试"), new ScoreLine("site-identifiers", "网站标识", 2, 3m, false, "测试")],
            score.Lines);
        Assert.True(score.HasUnconfirmedPoints);
    }

    [Fact]
    public void A_line_deducts_no_more_than_its_cap()
    {
        var score = WebsiteScore.Score([], [("link-availability", 25)], Sheet);

        Assert.Equal(90m, score.Total);
        Assert.False(score.HasUnconfirmedPoints);
    }

    [Fact]
    public void Exactly_60_passes_and_below_60_fails()
    {
        Assert.True(WebsiteScore.Score([], [("service-guide", 2)], Sheet).Passed);
        var below = WebsiteScore.Score([], [("service-guide", 2), ("site-identifiers", 1)], Sheet);

        Assert.Equal(58.5m, below.Total);
        Assert.False(below.Passed);
    }

    [Fact]
    public void A_confirmed_veto_fails_a_full_score()
    {
        var score = WebsiteScore.Score([WebsiteRules.HomeStale, WebsiteRules.HomeStale], [], Sheet);

        Assert.Equal(100m, score.Total);
        Assert.False(score.Passed);
        Assert.Equal([WebsiteRules.HomeStale], score.Vetoes);
    }

    [Fact]
    public void The_total_never_falls_below_zero_and_repeated_items_add_up()
    {
        var score = WebsiteScore.Score([], [("service-guide", 3), ("service-guide", 3), ("link-availability", 0)], Sheet);

        Assert.Equal(0m, score.Total);
        Assert.Equal(6, Assert.Single(score.Lines).Times);
    }

    [Fact]
    public void Unknown_items_negative_counts_and_deductions_given_as_vetoes_are_refused()
    {
        Assert.Contains("nonexistent", Assert.Throws<ArgumentException>(() => WebsiteScore.Score([], [("nonexistent", 1)], Sheet)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WebsiteScore.Score([], [("service-guide", -1)], Sheet));
        Assert.Throws<ArgumentException>(() => WebsiteScore.Score([WebsiteRules.Identifiers], [], Sheet));
    }
}
