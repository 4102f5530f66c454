using System.Globalization;
using Media.Silo.Api.Monitoring;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Violations;

/// <summary>The violation queue of the caller's jurisdiction (a unit: its own accounts), newest first; active ones by default.</summary>
public sealed class ViolationQueueModel(IGrainFactory grains) : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public ViolationsApi.Page? Result { get; private set; }

    public string? Forbidden { get; private set; }

    public async Task OnGetAsync()
    {
        Status ??= "active";
        var outcome = await ViolationsApi.QueryAsync(Caller, grains, Blank(Region), Blank(Rule), Blank(Status), Blank(PageNumber), "50");
        Forbidden = outcome.Forbidden is null ? null : "该行政区划不在您的管辖范围内";
        Result = outcome.Page;
        ShowErrors(outcome.Errors.ToDictionary().ToDictionary(e => e.Key == "page" ? "p" : e.Key, e => e.Value));
    }

    public string PageLink(int number) => "/violations" + QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Blank(Region), ["rule"] = Blank(Rule), ["status"] = Blank(Status),
        ["p"] = number.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
