using Media.Domain.Alerts;

namespace Media.Domain.Tests.Alerts;

public sealed class MailAddressRulesTests
{
    [Theory]
    [InlineData("越秀发布\r\nBcc: thief@attacker.example", "越秀发布 Bcc: thief@attacker.example")]
    [InlineData("a\u2028b\u0000c", "a b c")]
    [InlineData("  plain  ", "plain")]
    [InlineData(null, "")]
    public void Header_text_has_no_line_breaks_or_control_characters(string? input, string expected) =>
        Assert.Equal(expected, MailAddressRules.HeaderText(input));

    [Fact]
    public void Header_text_is_clipped() => Assert.Equal(new string('长', 10) + "…", MailAddressRules.HeaderText(new string('长', 50), 10));

    [Theory]
    [InlineData("zhang@example.gov.cn")]
    [InlineData("zhang.san+media@mail.example.com")]
    [InlineData("o'brien_x!#$%&*/=?^`{|}~-@gd.gov.cn")]
    [InlineData("xcb@xn--fiqs8s.xn--fiqz9s")] // 中国 in its xn-- form
    [InlineData("a@b-c.d1")]
    public void Plain_ascii_addresses_are_usable(string address) => Assert.True(MailAddressRules.IsUsable(address));

    [Theory]
    [InlineData("x<y>@example.cn")]
    [InlineData("Zhang <zhang@example.gov.cn>")]
    [InlineData("\"张三\" <zhang@example.cn>")]
    [InlineData("a@b,c")]
    [InlineData("a,b@c.cn")]
    [InlineData("a;b@c.cn")]
    [InlineData("zhang@example.gov.cn\r\nBcc: x@y.cn")]
    [InlineData("zhang@example.gov.cn\n")]
    [InlineData("zhang @example.cn")]
    [InlineData(" zhang@example.cn")]
    [InlineData("\"zhang san\"@example.cn")]
    [InlineData("zhang(comment)@example.cn")]
    [InlineData(".zhang@example.cn")]
    [InlineData("zhang.@example.cn")]
    [InlineData("zh..ang@example.cn")]
    [InlineData("张三@example.cn")]
    [InlineData("zhang@例子.中国")]
    [InlineData("zhang@exámple.cn")]
    [InlineData("zhang@ｅxample.cn")] // full-width letter
    [InlineData("zhang@[127.0.0.1]")]
    [InlineData("zhang@127.0.0.1")]
    [InlineData("zhang@-example.cn")]
    [InlineData("zhang@example-.cn")]
    [InlineData("zhang@example..cn")]
    [InlineData("zhang@.cn")]
    [InlineData("zhang@example.cn.")]
    [InlineData("zhang@localhost")]
    [InlineData("a@b")]
    [InlineData("a@b@c.cn")]
    [InlineData("@example.cn")]
    [InlineData("zhang@")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? address) => Assert.False(MailAddressRules.IsUsable(address));

    [Fact]
    public void The_local_part_has_at_most_64_characters_and_the_address_254()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)); // 243 characters

        Assert.True(MailAddressRules.IsUsable(new string('l', 64) + "@example.cn"));
        Assert.False(MailAddressRules.IsUsable(new string('l', 65) + "@example.cn"));
        Assert.True(MailAddressRules.IsUsable("abcdefghij@" + domain));
        Assert.False(MailAddressRules.IsUsable("abcdefghijk@" + domain));
        Assert.False(MailAddressRules.IsUsable("a@" + new string('d', 64) + ".cn"));
    }

    [Theory]
    [InlineData("media@localhost", true)]
    [InlineData("media@example.gov.cn", true)]
    [InlineData("media@local host", false)]
    [InlineData("媒体@localhost", false)]
    public void The_sender_may_name_a_host_of_one_label_and_nothing_looser(string address, bool usable) =>
        Assert.Equal(usable, MailAddressRules.IsUsableSender(address));
}
