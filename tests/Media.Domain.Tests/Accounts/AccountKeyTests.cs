using Media.Domain.Accounts;

namespace Media.Domain.Tests.Accounts;

public class AccountKeyTests
{
    [Fact]
    public void The_key_is_the_lower_case_platform_and_the_trimmed_handle()
    {
        Assert.Equal("weibo:2803301701", AccountKey.For(" Weibo ", " 2803301701 "));
        Assert.Equal("wechat:gh_3a1b2c3d4e5f", AccountKey.For("wechat", "gh_3a1b2c3d4e5f"));
    }

    [Fact]
    public void Handles_keep_their_case() => Assert.Equal("app:com.Example.App", AccountKey.For("APP", "com.Example.App"));

    [Theory]
    [InlineData("weibo", "2803301701")]
    [InlineData("wechat", "gh_3a1b2c3d4e5f")]
    [InlineData("app", "cn.gov.gd.app")]
    [InlineData("douyin", "广东发布")]
    [InlineData("other", "news@gd.gov.cn")]
    public void Keys_parse_back_into_their_parts(string platform, string handle)
    {
        Assert.True(AccountKey.TryParse(AccountKey.For(platform, handle), out var parsedPlatform, out var parsedHandle));
        Assert.Equal(platform, parsedPlatform);
        Assert.Equal(handle, parsedHandle);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("weibo")]
    [InlineData("weibo:")]
    [InlineData(":123")]
    [InlineData("Weibo:123")] // keys are built lower-case, so another spelling is another string
    [InlineData("myspace:123")]
    [InlineData("weibo:12 34")]
    [InlineData("weibo:a:b")] // split at the first ':', and ':' is not allowed in a handle
    public void Malformed_keys_do_not_parse(string? id)
    {
        Assert.False(AccountKey.TryParse(id, out var platform, out var handle));
        Assert.Equal(string.Empty, platform);
        Assert.Equal(string.Empty, handle);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("gh_abc-def.ghi@x")]
    [InlineData("广东发布")]
    [InlineData("Ünïcødé123")]
    public void Handles_of_letters_digits_and_a_few_marks_are_valid(string handle) =>
        Assert.Null(AccountKey.ValidateHandle(handle));

    [Theory]
    [InlineData("a b", "只能包含")]
    [InlineData("a/b", "只能包含")]
    [InlineData("a:b", "只能包含")]
    [InlineData("", "不能为空")]
    [InlineData(null, "不能为空")]
    public void Other_handles_get_a_chinese_reason(string? handle, string reason) =>
        Assert.Contains(reason, AccountKey.ValidateHandle(handle), StringComparison.Ordinal);

    [Fact]
    public void Handles_may_be_up_to_128_characters()
    {
        Assert.Null(AccountKey.ValidateHandle(new string('a', 128)));
        Assert.Equal("账号标识不能超过128个字符", AccountKey.ValidateHandle(new string('a', 129)));
    }

    [Fact]
    public void A_blank_platform_or_handle_cannot_make_a_key()
    {
        Assert.Throws<ArgumentException>(() => AccountKey.For(" ", "123"));
        Assert.Throws<ArgumentException>(() => AccountKey.For("weibo", ""));
    }
}
