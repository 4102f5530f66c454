using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

public class SiteQuestionsTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2020, 8, 10, 9, 0, 0, Beijing);
    private static readonly Uri Mailbox = new("http://www.example.gov.cn/hdjl/xzxx/");

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, Beijing);

    [Fact]
    public void A_message_table_gives_each_message_with_its_asked_and_answered_dates()
    {
        const string html = """
            <html><body><table class="xjlist">
              <tr><th>序号</th><th>标题</th><th>留言时间</th><th>回复时间</th></tr>
              <tr><td>1</td><td><a href="/hdjl/1.html">小区门口路灯不亮</a></td><td>2020-05-06</td><td>2020-05-08</td></tr>
              <tr><td>2</td><td><a href="/hdjl/2.html">咨询社保转移办理</a></td><td>2020-04-01 09:12</td><td>未回复</td></tr>
              <tr><td>3</td><td><a href="/hdjl/3.html">噪音扰民</a></td><td>2020年3月2日</td><td></td></tr>
            </table></body></html>
            """;

        var page = SitePageReader.Read(html, Mailbox, Now);

        Assert.Equal(
            [
                new SiteQuestion("小区门口路灯不亮", Day(2020, 5, 6), Day(2020, 5, 8)),
                new SiteQuestion("咨询社保转移办理", new DateTimeOffset(2020, 4, 1, 9, 12, 0, Beijing), null),
                new SiteQuestion("噪音扰民", Day(2020, 3, 2), null),
            ],
            page.Questions);
    }

    [Fact]
    public void A_letter_table_with_letter_and_reply_dates_is_read_the_same()
    {
        const string html = """
            <html><body><table><tbody>
              <tr><td>信件标题</td><td>来信日期</td><td>答复日期</td></tr>
              <tr><td><a href="/x/1.html" title="关于农村危房改造补助的咨询">关于农村危房改造补助…</a></td><td>2019-11-20</td><td>2020-03-01</td></tr>
            </tbody></table></body></html>
            """;

        var question = Assert.Single(SitePageReader.Read(html, Mailbox, Now).Questions);

        Assert.Equal(new SiteQuestion("关于农村危房改造补助的咨询", Day(2019, 11, 20), Day(2020, 3, 1)), question);
    }

    [Fact]
    public void List_entries_printing_both_dates_are_messages()
    {
        const string html = """
            <html><body><ul class="lylist">
              <li><a href="/ly/7.html">学校周边交通拥堵</a><span>留言时间：2020-06-01</span><span>答复时间：2020-06-15</span></li>
              <li><a href="/ly/8.html">供暖费用标准</a><span>留言时间：2020-07-20</span><span>答复时间：待回复</span></li>
            </ul></body></html>
            """;

        var page = SitePageReader.Read(html, Mailbox, Now);

        Assert.Equal(
            [
                new SiteQuestion("学校周边交通拥堵", Day(2020, 6, 1), Day(2020, 6, 15)),
                new SiteQuestion("供暖费用标准", Day(2020, 7, 20), null),
            ],
            page.Questions);
    }

    [Fact]
    public void A_news_list_has_no_messages()
    {
        const string html = """<html><body><ul><li><a href="/1.html">县长调研</a><span>2020-08-01</span></li></ul></body></html>""";

        Assert.Empty(SitePageReader.Read(html, Mailbox, Now).Questions);
    }
}
