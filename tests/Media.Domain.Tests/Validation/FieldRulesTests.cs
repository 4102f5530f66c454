using Media.Domain.Alerts;
using Media.Domain.Validation;

namespace Media.Domain.Tests.Validation;

public class FieldRulesTests
{
    [Theory]
    [InlineData("广东发布", null)]
    [InlineData("  十个字符十个字符十个  ", null)] // length is counted after trimming
    [InlineData(null, "不能为空")]
    [InlineData("   ", "不能为空")]
    [InlineData("十一个字符十一个字符十", "不能超过10个字符")]
    public void Required_text_is_present_and_not_too_long(string? value, string? message) =>
        Assert.Equal(message, FieldRules.Required(value, 10));

    [Theory]
    [InlineData("xcb@gd.gov.cn")]
    [InlineData("zhang.san+media@mail.example.com")]
    [InlineData(" xcb@gd.gov.cn ")]
    public void Ordinary_email_addresses_are_accepted(string value) => Assert.Null(FieldRules.Email(value));

    [Theory]
    [InlineData("xcb.gd.gov.cn")]
    [InlineData("xcb@@gd.gov.cn")]
    [InlineData("a@b@gd.gov.cn")]
    [InlineData("@gd.gov.cn")]
    [InlineData("xcb@gov")]
    [InlineData("xcb@gd..cn")]
    [InlineData("x cb@gd.gov.cn")]
    [InlineData("x<y>@gd.gov.cn")]
    [InlineData("xcb@gd.gov.cn,boss@gd.gov.cn")]
    [InlineData("科长 <xcb@gd.gov.cn>")]
    [InlineData("\"x cb\"@gd.gov.cn")]
    [InlineData("宣传处@广东.政府")]
    public void Malformed_email_addresses_are_rejected(string value) => Assert.Equal(FieldRules.EmailMessage, FieldRules.Email(value));

    // Accepting and sending share one rule: nothing is accepted that the mail sender would then drop, and the reverse.
    [Theory]
    [InlineData("xcb@gd.gov.cn")]
    [InlineData("x<y>@example.cn")]
    [InlineData("a@b,c")]
    [InlineData("a@b")]
    [InlineData("zhang@localhost")]
    [InlineData("\"q\"@example.cn")]
    [InlineData("zhang@xn--fiqs8s.cn")]
    [InlineData("zhang@例子.cn")]
    public void An_address_is_accepted_exactly_when_mail_would_be_sent_to_it(string value) =>
        Assert.Equal(MailAddressRules.IsUsable(value), FieldRules.Email(value) is null);

    [Fact]
    public void Email_addresses_may_be_up_to_254_characters()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)); // 243 characters
        var fits = "abcdefghij@" + domain;

        Assert.Equal(254, fits.Length);
        Assert.Null(FieldRules.Email(fits));
        Assert.Equal("电子邮箱不能超过254个字符", FieldRules.Email("k" + fits));
        Assert.Equal("不能为空", FieldRules.Email(null));
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("020-12345678")]
    [InlineData("0755-1234567")]
    [InlineData("010-87654321-8001")]
    public void Mobile_and_landline_numbers_are_accepted(string value) => Assert.Null(FieldRules.Phone(value));

    [Theory]
    [InlineData("12800138000")] // no mobile prefix starts 12
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("１３８００１３８０００")] // full-width digits
    [InlineData("020-1234567890")]
    [InlineData("20-12345678")]
    [InlineData("020-02345678")]
    [InlineData("020 12345678")]
    public void Other_phone_numbers_are_rejected(string value) =>
        Assert.StartsWith("电话号码格式不正确", FieldRules.Phone(value), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://www.gd.gov.cn/")]
    [InlineData("http://weibo.com/u/2803301701")]
    [InlineData("https://mp.weixin.qq.com/s?__biz=MzA&mid=1")]
    public void Absolute_http_and_https_urls_are_accepted(string value) => Assert.Null(FieldRules.HttpUrl(value));

    [Theory]
    [InlineData("www.gd.gov.cn")]
    [InlineData("/relative/path")]
    [InlineData("ftp://gd.gov.cn/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void Other_urls_are_rejected(string value) =>
        Assert.Equal("网址应为以 http:// 或 https:// 开头的完整地址", FieldRules.HttpUrl(value));

    [Fact]
    public void Urls_may_be_up_to_2048_characters()
    {
        const string prefix = "https://www.gd.gov.cn/";
        var fits = prefix + new string('a', 2048 - prefix.Length);

        Assert.Null(FieldRules.HttpUrl(fits));
        Assert.Equal("网址不能超过2048个字符", FieldRules.HttpUrl(fits + "a"));
    }

    [Fact]
    public void Dates_are_read_in_yyyy_mm_dd_form()
    {
        Assert.Null(FieldRules.Date("2024-02-29", out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Theory]
    [InlineData("2024-3-1")]
    [InlineData("2024/03/01")]
    [InlineData("20240301")]
    [InlineData("2023-02-29")]
    [InlineData(" 2024-03-01")]
    [InlineData("2024-03-01T00:00:00")]
    public void Other_date_forms_are_rejected(string value)
    {
        Assert.Equal("日期格式应为 yyyy-MM-dd，例如 2024-03-01", FieldRules.Date(value, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("1990-01-01", null)]
    [InlineData("2100-12-31", null)]
    [InlineData("1989-12-31", "日期年份应在1990至2100之间")]
    [InlineData("2101-01-01", "日期年份应在1990至2100之间")]
    [InlineData("", "不能为空")]
    public void Dates_must_fall_between_1990_and_2100(string value, string? message) =>
        Assert.Equal(message, FieldRules.Date(value, out _));
}
