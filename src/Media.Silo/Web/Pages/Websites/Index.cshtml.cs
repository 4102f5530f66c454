using Media.Application;
using Media.Application.Websites;
using Media.Domain.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Websites;

/// <summary>The websites list: the API's listing over the website lines (same filters, same reach) with each site's reads.</summary>
public sealed class WebsiteListModel(IGrainFactory grains, RegionCatalog regions) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public WebsiteListing.Page? Result { get; private set; }

    public string? Forbidden { get; private set; }

    public async Task OnGetAsync()
    {
        var listed = await WebsiteListing.QueryAsync(Caller, grains, regions, Blank(Region), Blank(Status), Blank(Rule), Blank(Q),
            Blank(PageNumber));
        Result = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Forbidden = listed.Refusal.Kind == RefusalKind.Forbidden ? listed.Refusal.Message : null;
            ShowErrors(listed.Refusal.Errors, PageParameter);
        }
    }

    public string PageLink(int page) => "/websites" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Blank(Q), ["region"] = Blank(Region), ["status"] = Blank(Status), ["rule"] = Blank(Rule),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
