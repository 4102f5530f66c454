using Media.Domain.Accounts;

namespace Media.Domain.Tests.Accounts;

public class PlatformsTests
{
    [Fact]
    public void The_eleven_platform_ids_of_the_spec_are_listed_once_each()
    {
        string[] expected =
            ["weibo", "wechat", "channels", "douyin", "kuaishou", "toutiao", "bilibili", "xiaohongshu", "miniprogram", "app", "other"];

        Assert.Equal(expected, Platforms.All);
        Assert.All(expected, id => Assert.True(Platforms.IsKnown(id)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Weibo")]
    [InlineData(" weibo")]
    [InlineData("weixin")]
    public void Only_exact_lower_case_ids_are_known(string? id) => Assert.False(Platforms.IsKnown(id));

    [Theory]
    [InlineData(Platforms.Weibo, "微博")]
    [InlineData(Platforms.WeChat, "微信公众号")]
    [InlineData(Platforms.Channels, "视频号")]
    [InlineData(Platforms.Douyin, "抖音")]
    [InlineData(Platforms.Kuaishou, "快手")]
    [InlineData(Platforms.Toutiao, "今日头条")]
    [InlineData(Platforms.Bilibili, "哔哩哔哩")]
    [InlineData(Platforms.Xiaohongshu, "小红书")]
    [InlineData(Platforms.MiniProgram, "小程序")]
    [InlineData(Platforms.App, "移动客户端")]
    [InlineData(Platforms.Other, "其他")]
    public void Every_platform_has_a_chinese_name(string id, string name) => Assert.Equal(name, Platforms.DisplayName(id));

    [Fact]
    public void An_unknown_platform_is_displayed_by_its_id() => Assert.Equal("myspace", Platforms.DisplayName("myspace"));

    [Theory]
    [InlineData("视频号", Platforms.Channels)]
    [InlineData("微信视频号", Platforms.Channels)]
    [InlineData("微信公众号", Platforms.WeChat)]
    [InlineData(" 抖音 ", Platforms.Douyin)]
    [InlineData("Weibo", Platforms.Weibo)]
    [InlineData("B站", Platforms.Bilibili)]
    [InlineData("快猫", "快猫")]
    [InlineData("website", "website")]
    public void A_sheets_chinese_name_or_any_case_id_gives_the_platform_id(string written, string id) =>
        Assert.Equal(id, Platforms.FromName(written));

    [Fact]
    public void The_name_list_is_the_chinese_names_in_order() =>
        Assert.Equal("微博、微信公众号、视频号、抖音、快手、今日头条、哔哩哔哩、小红书、小程序、移动客户端、其他", Platforms.NameList);
}
