using Media.Application;
using Media.Application.Monitoring;
using Media.Domain.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Monitoring;

/// <summary>The accounts Media cannot judge now (采集中断/尚未采集): the API's gap listing as a page.</summary>
public sealed class GapsModel(IGrainFactory grains, RegionCatalog regions) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Cause { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public GapListing.Page? Result { get; private set; }

    public string? Forbidden { get; private set; }

    public async Task OnGetAsync()
    {
        var listed = await GapListing.QueryAsync(Caller, grains, regions, Blank(Region), Blank(Cause), Blank(PageNumber), "50");
        Result = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Forbidden = listed.Refusal.Kind == RefusalKind.Forbidden ? listed.Refusal.Message : null;
            ShowErrors(listed.Refusal.Errors, PageParameter);
        }
    }

    public string PageLink(int page) => "/monitoring/gaps" + QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Blank(Region), ["cause"] = Blank(Cause), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
