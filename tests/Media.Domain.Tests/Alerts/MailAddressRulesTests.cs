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
    [InlineData("zhang@example.gov.cn", true)]
    [InlineData("media@localhost", true)]
    [InlineData("a@b", true)]
    [InlineData("zhang@example.gov.cn\r\nBcc: x@y.z", false)]
    [InlineData("Zhang <zhang@example.gov.cn>", false)]
    [InlineData("a@b@c", false)]
    [InlineData("a,b@c.d", false)]
    [InlineData("@example.cn", false)]
    [InlineData("zhang@", false)]
    [InlineData("zhang@.cn", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_plain_addresses_are_usable(string? address, bool usable) =>
        Assert.Equal(usable, MailAddressRules.IsUsable(address));
}
