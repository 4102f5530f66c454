using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

/// <summary>The publication date of one list entry, in the forms government pages print it.</summary>
public class SiteDateFormTests
{
    private static readonly Uri Page = new("http://www.example.gov.cn/xwdt/");

    private static DateTimeOffset? DateOf(string dateText, string href, DateTimeOffset now) =>
        Assert.Single(SitePageReader.Read(
            $"<html><body><ul class=\"list\"><li><a href=\"{href}\">县政府召开常务会议</a><span>{dateText}</span></li></ul></body></html>",
            Page, now).Items).PublishedAt;

    public static TheoryData<string, string, string, string?> Forms => new()
    {
        // text next to the link, link, read at (Beijing), expected (Beijing) or null
        { "2020-08-02", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "2020/08/02", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "2020.08.02", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "2020年8月2日", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "(2020-08-02 10:33)", "a.html", "2020-08-10 09:00", "2020-08-02 10:33" },
        { "[08-02]", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "08-02", "a.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        // No year, read just after New Year: December is last year's, January this year's.
        { "[12-30]", "a.html", "2021-01-02 08:00", "2020-12-30 00:00" },
        { "01-02", "a.html", "2021-01-02 08:00", "2021-01-02 00:00" },
        { "01-03", "a.html", "2021-01-02 08:00", "2020-01-03 00:00" },
        // The date in the article's address when the list prints none.
        { "", "/xwdt/202008/t20200802_123.html", "2020-08-10 09:00", "2020-08-02 00:00" },
        { "", "/content/2020-08/02/content_5276191.htm", "2020-08-10 09:00", "2020-08-02 00:00" },
        // A printed date wins over the address's.
        { "2020-08-03", "/xwdt/202008/t20200802_123.html", "2020-08-10 09:00", "2020-08-03 00:00" },
        // Future dates are no publication: more than a day ahead is ignored, tomorrow is kept (clocks differ).
        { "2020-09-01", "a.html", "2020-08-10 09:00", null },
        { "", "/xwdt/202009/t20200901_1.html", "2020-08-10 09:00", null },
        { "2020-08-11", "a.html", "2020-08-10 09:00", "2020-08-11 00:00" },
        // Not dates: a copyright span of years, a version pair, the page's clock, nothing at all.
        { "2006-2020", "a.html", "2020-08-10 09:00", null },
        { "（4.10-4.16）", "a.html", "2020-08-10 09:00", null },
        { "今天是2020年8月10日 星期一", "a.html", "2020-08-10 09:00", null },
        { "", "a.html", "2020-08-10 09:00", null },
        { "2020-02-30", "a.html", "2020-08-10 09:00", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_list_entry_is_dated_from_the_text_beside_it_or_its_address(string dateText, string href, string readAt, string? expected)
    {
        var now = Beijing(readAt);

        var date = DateOf(dateText, href, now);

        Assert.Equal(expected is null ? null : Beijing(expected), date);
        if (date is { } d)
        {
            Assert.Equal(TimeSpan.FromHours(8), d.Offset);
        }
    }

    [Fact]
    public void Footer_years_and_dates_are_not_list_items()
    {
        const string html = """
            <html><body><ul><li><a href="/a.html">通知公告一</a><span>2020-07-01</span></li></ul>
            <div class="footer"><ul><li><a href="/about.html">关于我们</a> 2020-08-09</li><li><a href="/c.html">联系我们</a> ©2006-2020</li></ul></div>
            </body></html>
            """;

        var page = SitePageReader.Read(html, Page, Beijing("2020-08-10 09:00"));

        Assert.Equal(["通知公告一"], page.Items.Select(i => i.Title));
        Assert.Equal(Beijing("2020-07-01 00:00"), page.Newest!.PublishedAt);
    }

    private static DateTimeOffset Beijing(string text) =>
        new(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8));
}
