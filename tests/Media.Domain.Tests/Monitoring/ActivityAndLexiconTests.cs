using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

public sealed class ActivityAndLexiconTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Statistics_count_windows_reposts_and_the_longest_gap()
    {
        var posts = new[]
        {
            (At - TimeSpan.FromDays(1), false), (At - TimeSpan.FromDays(6.5), true),
            (At - TimeSpan.FromDays(8), false), (At - TimeSpan.FromDays(25), false),
        };

        var stats = ActivityStatistics.Compute(posts, At - TimeSpan.FromDays(1), At - TimeSpan.FromDays(40), At);

        Assert.Equal(2, stats.Posts7d);
        Assert.Equal(4, stats.Posts30d);
        Assert.Equal(1, stats.Reposts30d);
        Assert.Equal(17, stats.LongestGapDays);
    }

    [Fact]
    public void A_lexicon_matches_substrings_and_ignores_comments()
    {
        var lexicon = new Lexicon("improper-content", ["# 注释", "【广告】", "", "博彩"]);

        Assert.Equal(2, lexicon.Count);
        Assert.Equal(["【广告】"], lexicon.Match("【广告】让手机清凉一哈"));
        Assert.Empty(lexicon.Match("今日政务要闻"));
    }

    [Fact]
    public void Every_term_found_is_named_in_lexicon_order_latin_letters_in_any_case_and_an_empty_lexicon_finds_nothing()
    {
        var lexicon = new Lexicon("forced-engagement", ["转发抽奖", "VPN", "点赞"]);

        Assert.Equal(["转发抽奖", "VPN", "点赞"], lexicon.Match("点赞并转发抽奖，送 vpn 会员"));
        Assert.Equal(["VPN"], lexicon.Match("Vpn"));
        Assert.Empty(lexicon.Match("V P N"));
        Assert.Empty(new Lexicon("improper-content", []).Match("任何内容"));
    }
}
