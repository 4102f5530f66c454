using System.Globalization;
using System.Net;
using System.Text;
using Media.Domain.Time;

namespace Media.Silo.Tests.Websites.Acceptance;

/// <summary>
/// A small county government site on a loopback port of its own whose pages are drawn, at each request, from a model the
/// test changes while Media reads it: the home page's dated list, its navigation and footer, and the column pages. Items
/// are dated in days before Media's clock at the moment they are added, written as a Chinese list page writes them
/// (<c>2026-11-11</c> beside the title, the date in the URL too). Every other path is 404.
/// </summary>
internal sealed class LiveGovSite : IAsyncDisposable
{
    public const string Icp = "赣ICP备11002306号-1";
    public const string PublicSecurity = "赣公网安备36092202000105号";

    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly List<Item> _home = [];
    private readonly List<Column> _columns = [];
    private readonly LoopbackServer _server;
    private Footer _footer;
    private int _homeStatus = 200;

    public LiveGovSite(TimeProvider clock)
    {
        _clock = clock;
        _footer = new Footer(Code, Icp, PublicSecurity);
        _server = new LoopbackServer(Serve);
    }

    /// <summary>The site's 网站标识码, one no other test of the run uses; the footer shows it unless told otherwise.</summary>
    public string Code { get; } = WebsiteCalls.NewCode();

    /// <summary>The page under the site's <c>.gov.cn</c> name, which only the test silo's loopback resolver knows.</summary>
    public Uri Url(string path = "/") => new($"http://www.yangli.gov.cn:{_server.Port}{path}");

    /// <summary>An item on the home page's list, published <paramref name="daysAgo"/> days before Media's clock now.</summary>
    public void AddHomeItem(string title, int daysAgo)
    {
        lock (_gate)
        {
            _home.Add(new Item(title, DaysAgo(daysAgo), "xwdt", _home.Count + 1));
        }
    }

    /// <summary>A column page linked from the navigation, with one item per age given (none: a blank column).</summary>
    public void AddColumn(string path, string name, params int[] itemDaysAgo)
    {
        lock (_gate)
        {
            _columns.Add(new Column(path, name, [.. itemDaysAgo.Select((days, i) => new Item($"{name}信息{i + 1}", DaysAgo(days), path, i + 1))]));
        }
    }

    /// <summary>What the footer shows; null leaves that identifier out.</summary>
    public void SetFooter(string? siteIdCode, string? icp, string? publicSecurity)
    {
        lock (_gate)
        {
            _footer = new Footer(siteIdCode, icp, publicSecurity);
        }
    }

    /// <summary>The status the home page answers with (its body stays the page it would show).</summary>
    public void SetHomeStatus(HttpStatusCode status)
    {
        lock (_gate)
        {
            _homeStatus = (int)status;
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private DateOnly DaysAgo(int days) => BeijingTime.DateOf(_clock.GetUtcNow() - TimeSpan.FromDays(days));

    private Reply Serve(string path)
    {
        lock (_gate)
        {
            path = path.Split('?')[0];
            if (path == "/")
            {
                return Reply.Html(Home(), _homeStatus);
            }

            return _columns.Find(c => "/" + c.Path + "/" == path) is { } column ? Reply.Html(Page(column.Name, List(column.Items))) : Reply.NotFound();
        }
    }

    private string Home()
    {
        var nav = string.Concat(_columns.Select(c => $"<li><a href=\"/{c.Path}/\">{c.Name}</a></li>"));
        var footer = new StringBuilder("<div class=\"footer\"><a href=\"/wzdt/\">网站地图</a>");
        footer.Append("<span id=\"_ideConac\"><a href=\"https://bszs.conac.cn/sitename?method=show\">党政机关</a></span>");
        footer.Append("<a href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html\">我为政府网站找错</a>");
        footer.Append("<p>主办：样例县人民政府办公室");
        footer.Append(_footer.SiteIdCode is { } code ? $" 网站标识码：{code}</p>" : "</p>");
        footer.Append(CultureInfo.InvariantCulture, $"<p>{(_footer.Icp is { } icp ? $"<a href=\"https://beian.miit.gov.cn/\">{icp}</a>" : "")} {_footer.PublicSecurity}</p></div>");
        return Page("样例县人民政府", $"<nav class=\"nav\"><ul><li><a href=\"/\">首页</a></li>{nav}</ul></nav>{List(_home)}{footer}");
    }

    private static string List(IEnumerable<Item> items) =>
        "<div class=\"list\"><ul>" + string.Concat(items.OrderByDescending(i => i.Date).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"<li><a href=\"/{i.Path}/{i.Date:yyyyMM}/t{i.Date:yyyyMMdd}_{i.Number}.html\">{i.Title}</a><span>{i.Date:yyyy-MM-dd}</span></li>")))
        + "</ul></div>";

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";

    private sealed record Item(string Title, DateOnly Date, string Path, int Number);

    private sealed record Column(string Path, string Name, IReadOnlyList<Item> Items);

    private sealed record Footer(string? SiteIdCode, string? Icp, string? PublicSecurity);
}
