using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

public class SiteNavigationTests
{
    private static readonly DateTimeOffset Now = new(2020, 8, 10, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Uri Home = new("http://www.example.gov.cn/index.html");

    private const string NavigationOnlyHome = """
        <html><head><title>某县人民政府</title></head><body>
        <div class="header"><div id="daohang"><ul>
          <li><a href="/">首页</a></li>
          <li><a href="/zwdt/">政务动态</a><div class="sub"><a href="/zwdt/bmdt/">部门动态</a><a href="/zwdt/xzdt/">乡镇动态</a></div></li>
          <li><a href="zwgk/index.html">政务公开</a></li>
          <li><a href="http://www.example.gov.cn/hdjl/">互动交流</a></li>
          <li><a href="https://zwfw.example.gov.cn/">政务服务</a></li>
          <li><a href="http://www.gov.cn/">中国政府网</a></li>
          <li><a href="javascript:void(0)">无障碍</a></li>
          <li><a href="/zwdt/">政务动态</a></li>
        </ul></div></div>
        <div class="banner"><img src="/b.jpg"></div>
        <div class="footer">版权所有 2006-2020 某县人民政府 <a href="/wzdt/">网站地图</a></div>
        </body></html>
        """;

    [Fact]
    public void A_home_page_menu_gives_its_columns_without_home_external_and_script_links()
    {
        var page = SitePageReader.Read(NavigationOnlyHome, Home, Now);

        Assert.Equal(
            [
                new SiteLink("政务动态", "http://www.example.gov.cn/zwdt/"),
                new SiteLink("政务公开", "http://www.example.gov.cn/zwgk/index.html"),
                new SiteLink("互动交流", "http://www.example.gov.cn/hdjl/"),
                new SiteLink("政务服务", "https://zwfw.example.gov.cn/"),
            ],
            page.Navigation);
        Assert.True(page.SiteMap);
    }

    [Fact]
    public void A_home_page_with_a_menu_and_no_dated_list_is_navigation_only()
    {
        var page = SitePageReader.Read(NavigationOnlyHome, Home, Now);

        Assert.True(page.NavigationOnly);
        Assert.Null(page.Newest);
    }

    [Fact]
    public void A_home_page_with_its_own_dated_list_is_not_navigation_only()
    {
        var html = NavigationOnlyHome.Replace(
            "<div class=\"banner\">",
            "<ul class=\"news\"><li><a href=\"/zwdt/1.html\">县长调研</a><span>[08-09]</span></li></ul><div class=\"banner\">",
            StringComparison.Ordinal);

        var page = SitePageReader.Read(html, Home, Now);

        Assert.False(page.NavigationOnly);
        Assert.Equal(new SiteListItem("县长调研", new DateTimeOffset(2020, 8, 9, 0, 0, 0, TimeSpan.FromHours(8)), "http://www.example.gov.cn/zwdt/1.html"), page.Newest);
    }

    [Fact]
    public void Without_a_marked_menu_the_first_list_of_short_links_in_the_header_is_the_navigation()
    {
        const string html = """
            <html><body><div class="top"><ul>
              <li><a href="/index.html">网站首页</a></li><li><a href="/xxgk/">信息公开</a></li>
              <li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li>
            </ul></div>
            <ul class="list"><li><a href="/xxgk/1.html">关于开展安全生产检查的通知</a><span>2020-08-01</span></li></ul>
            </body></html>
            """;

        var page = SitePageReader.Read(html, Home, Now);

        Assert.Equal(["信息公开", "办事服务", "互动交流"], page.Navigation.Select(l => l.Name));
        Assert.False(page.NavigationOnly);
    }

    [Fact]
    public void A_page_without_navigation_is_not_navigation_only_even_without_dates()
    {
        var page = SitePageReader.Read("<html><body><p>建设中</p></body></html>", Home, Now);

        Assert.Empty(page.Navigation);
        Assert.False(page.NavigationOnly);
    }
}
