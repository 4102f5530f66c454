using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

public class SiteListTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2020, 8, 10, 9, 0, 0, Beijing);
    private static readonly Uri Column = new("http://www.example.gov.cn/tzgg/index.html");

    [Fact]
    public void A_blank_column_page_has_no_items()
    {
        const string html = """
            <html><head><meta name="SiteIDCode" content="4400000001"></head><body>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
            <div class="list"><ul></ul><p>暂无信息</p></div>
            <div class="footer">网站标识码：4400000001 粤ICP备05070829号</div></body></html>
            """;

        var page = SitePageReader.Read(html, Column, Now);

        Assert.Empty(page.Items);
        Assert.Null(page.Newest);
        Assert.Equal("4400000001", page.Identifiers.SiteIdCode);
    }

    [Fact]
    public void Table_rows_and_div_entries_are_items_newest_first_and_undated_ones_are_kept()
    {
        const string html = """
            <html><body>
            <table class="tab"><tr><th>标题</th><th>发布日期</th></tr>
              <tr><td><a href="t20200701_1.html">关于征求意见的公告</a></td><td>2020年7月1日</td></tr>
              <tr><td><a href="./t20200805_2.html">关于调整公交线路的通告</a></td><td>2020/08/05</td></tr></table>
            <div class="news"><div class="item"><a href="/a/3.html">人事任免</a><em>2020.07.20</em></div>
              <div class="item"><a href="/a/4.html">机构职能</a></div></div>
            </body></html>
            """;

        var page = SitePageReader.Read(html, Column, Now);

        Assert.Equal(["关于调整公交线路的通告", "人事任免", "关于征求意见的公告", "机构职能"], page.Items.Select(i => i.Title));
        Assert.Equal("http://www.example.gov.cn/tzgg/t20200805_2.html", page.Items[0].Url);
        Assert.Null(page.Items[3].PublishedAt);
        Assert.Equal([2, 2], page.Lists!.Select(l => l.Items.Count));
        Assert.Equal(new DateTimeOffset(2020, 8, 5, 0, 0, 0, Beijing), page.Newest!.PublishedAt);
    }
}
