using System.Globalization;
using Media.Application;
using Media.Application.Violations;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Violations;

/// <summary>The violation queue of the caller's jurisdiction (a unit: its own accounts), newest first; active ones by default.</summary>
public sealed class ViolationQueueModel(IGrainFactory grains, Media.Domain.Regions.RegionCatalog regions) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public ViolationListing.Page? Result { get; private set; }

    public string? Forbidden { get; private set; }

    public async Task OnGetAsync()
    {
        Status ??= "active";
        var listed = await ViolationListing.QueryAsync(Caller, grains, Blank(Region), Blank(Rule), Blank(Status), Blank(PageNumber), "50", regions);
        Result = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Forbidden = listed.Refusal.Kind == RefusalKind.Forbidden ? listed.Refusal.Message : null;
            ShowErrors(listed.Refusal.Errors, PageParameter);
        }
    }

    public string PageLink(int number) => "/violations" + QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Blank(Region), ["rule"] = Blank(Rule), ["status"] = Blank(Status),
        ["p"] = number.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
