using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Domain.Accounts;
using Media.Domain.Websites;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// A small county government site on a loopback port: a home page with its navigation, a dated list and a footer;
/// a news column, a consultation column, the real saved page of 万载县人民政府 (tests/fixtures/pages) as another
/// home page, and a stalling page for timeouts. Every other path is 404.
/// </summary>
internal static class GovSite
{
    public const string Code = "3609220011";

    public const string HomePage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>样例县人民政府</title></head>
        <body>
        <nav class="nav"><ul>
          <li><a href="/">首页</a></li>
          <li><a href="/xwdt/">政务动态</a></li>
          <li><a href="/tzgg/">通知公告</a></li>
          <li><a href="/ghjh/">规划计划</a></li>
          <li><a href="/zxzx/">咨询信箱</a></li>
        </ul></nav>
        <div class="list"><ul>
          <li><a href="/xwdt/202611/t20261125_1.html">县政府召开第三十次常务会议</a><span>2026-11-25</span></li>
          <li><a href="/xwdt/202611/t20261118_1.html">全县秋冬季农业生产现场会召开</a><span>2026-11-18</span></li>
          <li><a href="/tzgg/202610/t20261009_1.html">关于做好2026年冬季防火工作的通知</a><span>2026-10-09</span></li>
        </ul></div>
        <div class="footer">
          <a href="/wzdt/">网站地图</a>
          <p>主办：样例县人民政府办公室 网站标识码：3609220011</p>
          <p><a href="https://beian.miit.gov.cn/">赣ICP备11002306号-1</a> 赣公网安备 36092202000105号</p>
        </div>
        </body></html>
        """;

    public const string NewsColumn = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>政务动态 - 样例县人民政府</title></head>
        <body>
        <div class="list"><ul>
          <li><a href="/xwdt/202611/t20261125_1.html">县政府召开第三十次常务会议</a><span>2026-11-25</span></li>
          <li><a href="/xwdt/202611/t20261118_1.html">全县秋冬季农业生产现场会召开</a><span>2026-11-18</span></li>
          <li><a href="/xwdt/202611/t20261102_1.html">县领导调研重点项目建设</a><span>2026-11-02</span></li>
        </ul></div>
        </body></html>
        """;

    public const string ConsultationColumn = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>咨询信箱 - 样例县人民政府</title></head>
        <body>
        <table class="list">
          <tr><th>标题</th><th>留言时间</th><th>回复时间</th></tr>
          <tr><td><a href="/zxzx/1.html">关于农村道路修缮的咨询</a></td><td>2026-10-12</td><td>2026-10-15</td></tr>
          <tr><td><a href="/zxzx/2.html">关于社保卡补办的咨询</a></td><td>2026-11-02</td><td>2026-11-04</td></tr>
        </table>
        </body></html>
        """;

    public static LoopbackServer Start() => new(path => path.Split('?')[0] switch
    {
        "/" => Reply.Html(HomePage),
        "/xwdt/" => Reply.Html(NewsColumn),
        "/zxzx/" => Reply.Html(ConsultationColumn),
        "/wanzai/" => new Reply(200, File.ReadAllBytes(FixturePages.PathOf(FixturePages.GovWanzai))),
        "/moved/" => Reply.RedirectTo("/"),
        "/stall/" => new Reply(200, [], Hang: true),
        _ => Reply.NotFound(),
    });

    /// <summary>The filing record of a website as the account grain keeps it (platform <c>website</c>).</summary>
    public static AccountSnapshot Record(string homeUrl, params WebsiteColumn[] columns) => new(
        $"{Platforms.Website}:{Code}", Platforms.Website, Code, "11360922MB1234567X", "360922",
        new AccountProfile("样例县人民政府", homeUrl, null, false, new ContactPerson("王五", "13800138000", "wangwu@yangli.example.gov.cn"), null),
        new DateOnly(2020, 1, 1), null, null, AccountStatus.Active, [], [],
        new WebsiteProfile(homeUrl, "赣ICP备11002306号-1", "36092202000105", [.. columns]));

    public static WebsiteColumn Column(string name, string url, string category) => new(name, url, category, true);

    public static ImmutableArray<WebsiteColumn> FiledColumns { get; } =
    [
        Column("政务动态", "/xwdt/", ColumnCategories.News),
        Column("规划计划", "/ghjh/", ColumnCategories.Plan),
        Column("咨询信箱", "/zxzx/", ColumnCategories.Interaction),
    ];
}
