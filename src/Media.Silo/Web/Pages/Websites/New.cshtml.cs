using Media.Application.Websites;
using Media.Grains;
using Media.Domain.Time;
using Media.Domain.Websites;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Websites;

/// <summary>
/// The website filing form (网站开设备案): the API's request and <see cref="WebsiteFilingFlow"/>, the columns written one per
/// line as "名称|网址|类别" (<see cref="ColumnText"/>), and the use case's field messages shown inline.
/// </summary>
public sealed class NewWebsiteModel(IGrainFactory grains, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    [BindProperty] public string? SiteIdCode { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? HomeUrl { get; set; }

    [BindProperty] public string? UnitCode { get; set; }

    [BindProperty] public string? Icp { get; set; }

    [BindProperty] public string? PublicSecurity { get; set; }

    [BindProperty] public string? OpenedOn { get; set; }

    [BindProperty] public string? Columns { get; set; }

    private static readonly Dictionary<string, string> PartNames = new(StringComparer.Ordinal)
    {
        ["name"] = "名称", ["url"] = "网址", ["category"] = "类别",
    };

    /// <summary>The columns' messages, each naming its line of the text box and its part (the API names columns[i].url).</summary>
    public IEnumerable<string> ColumnErrors() =>
        ModelState.Where(e => e.Key.StartsWith("columns", StringComparison.Ordinal)).SelectMany(e => (e.Value?.Errors ?? [])
            .Select(error => Where(e.Key) + error.ErrorMessage));

    private static string Where(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open || !int.TryParse(key.AsSpan(open + 1, close - open - 1), out var index))
        {
            return string.Empty;
        }

        var part = key[(close + 1)..].TrimStart('.');
        return $"第{index + 1}行{PartNames.GetValueOrDefault(part, part)}：";
    }

    public void OnGet()
    {
        UnitCode ??= Caller.UnitCode;
        OpenedOn ??= BeijingTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var columns = ColumnText.Parse(Columns).Select(c => (ColumnRequest?)new ColumnRequest(c.Name, c.Url, c.Category)).ToList();
        var request = new FileWebsiteRequest(Blank(SiteIdCode), Blank(Name), Blank(HomeUrl), Blank(UnitCode), Blank(Icp),
            Blank(PublicSecurity), columns, Blank(OpenedOn), null);
        var opened = await WebsiteFilingFlow.OpenAsync(Caller, request, grains, clock);
        return opened.IsDone ? Redirect("/websites/" + Uri.EscapeDataString(opened.Value.Id)) : Refused(opened.Refusal, Page);
    }
}
