using Media.Grains;
using System.Globalization;
using Media.Application;
using Media.Application.Exports;
using Media.Application.Violations;
using Media.Domain.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Violations;

/// <summary>The violation queue of the caller's jurisdiction (a unit: its own accounts), newest first; active ones by default.</summary>
public sealed class ViolationQueueModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
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

    /// <summary>The whole filtered queue (every page) as XLSX or CSV.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format) =>
        Download(await ListExports.ViolationsAsync(Caller, grains, regions, clock, format, Blank(Region), Blank(Rule), Blank(Status ?? "active")));

    public string PageLink(int number) => Link(("p", number.ToString(CultureInfo.InvariantCulture)));

    public string ExportLink(string format) => Link(("handler", "export"), ("format", format));

    private string Link(params (string Key, string Value)[] extra) => "/violations" + QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Blank(Region), ["rule"] = Blank(Rule), ["status"] = Blank(Status),
    }.Concat(extra.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value))).Where(p => p.Value is not null)).ToUriComponent();
}
