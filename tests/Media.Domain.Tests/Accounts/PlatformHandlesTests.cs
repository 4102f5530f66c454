using Media.Domain.Accounts;

namespace Media.Domain.Tests.Accounts;

public class PlatformHandlesTests
{
    [Theory]
    [InlineData("wechat", "gh_3a1b2c3d4e5f")]
    [InlineData("wechat", "gh_existing")]
    [InlineData("weibo", "2803301701")]
    [InlineData("weibo", "gh_3a1b2c3d4e5f")]
    [InlineData("douyin", "广东发布")]
    [InlineData("app", "cn.gov.gd.app")]
    public void A_handle_of_the_platform_s_kind_is_accepted(string platform, string handle) =>
        Assert.Null(PlatformHandles.Validate(platform, handle));

    [Theory]
    [InlineData("广东发布")]
    [InlineData("gdfabu")]
    [InlineData("GH_3a1b2c3d4e5f")]
    [InlineData("gh_")]
    [InlineData("gh_广东")]
    [InlineData("gh_3a1b-2c3d")]
    [InlineData("xgh_3a1b2c3d4e5f")]
    public void A_WeChat_handle_that_is_not_a_gh_original_id_is_refused(string handle) =>
        Assert.Equal(PlatformHandles.WeChatMessage, PlatformHandles.Validate("wechat", handle));

    [Fact]
    public void The_characters_every_handle_needs_are_checked_first() =>
        Assert.Equal("账号标识不能为空", PlatformHandles.Validate("wechat", ""));
}
