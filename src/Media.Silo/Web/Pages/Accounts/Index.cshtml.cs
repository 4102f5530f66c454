using Media.Grains;
using Media.Abstractions.Accounts;
using Media.Domain.Regions;
using Media.Application;
using Media.Application.Accounts;
using Media.Application.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>The account list: the API's listing (same filters, same jurisdiction) as a page.</summary>
public sealed class AccountListModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    public static readonly (string Value, string Name)[] Statuses = [("active", "在用"), ("closed", "已关停"), ("cancelled", "已注销")];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public AccountListing.Page? Result { get; private set; }

    public string? Forbidden { get; private set; }

    public async Task OnGetAsync()
    {
        var listed = await AccountListing.QueryAsync(Caller, grains, regions, Blank(Region), Blank(Platform), Blank(Status),
            Blank(Rule), Blank(Q), Blank(PageNumber), "50");
        Result = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Forbidden = listed.Refusal.Kind == RefusalKind.Forbidden ? listed.Refusal.Message : null;
            ShowErrors(listed.Refusal.Errors, PageParameter);
        }
    }

    /// <summary>The whole filtered list (every page) as XLSX or CSV.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format) =>
        Download(await ListExports.AccountsAsync(Caller, grains, regions, clock, format, Blank(Region), Blank(Platform), Blank(Status),
            Blank(Rule), Blank(Q)));

    public string PageLink(int page) => Link(("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string ExportLink(string format) => Link(("handler", "export"), ("format", format));

    private string Link(params (string Key, string Value)[] extra) => "/accounts" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Blank(Q), ["region"] = Blank(Region), ["platform"] = Blank(Platform), ["status"] = Blank(Status), ["rule"] = Blank(Rule),
    }.Concat(extra.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value))).Where(p => p.Value is not null)).ToUriComponent();

    public static string StatusName(AccountStatus status) => Media.Application.Exports.StatusNames.Of(status);
}
