using Media.Abstractions.Storage;
using Media.Domain.Regions;
using Media.Grains;
using Media.Application.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>
/// The units within reach (searched by name or code, filtered by region) and the form to register one with the API's
/// rules; a unit's accounts are found in the account list by its name or code.
/// </summary>
public sealed class UnitsModel(IGrainFactory grains, RegionCatalog regions, IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : MediaPageModel
{
    public static readonly (string Value, string Name)[] Levels = [("province", "省级"), ("city", "市级"), ("county", "县级"), ("township", "乡镇（街道）")];

    public static readonly (string Value, string Name)[] Kinds = [("government", "政府（办公厅、办公室）"), ("department", "政府部门")];

    [BindProperty] public string? Code { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? RegionCode { get; set; }

    [BindProperty] public string? Level { get; set; }

    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty(SupportsGet = true)] public string? Added { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    public UnitListing.Page? Listing { get; private set; }

    public static string LevelName(string level) => Levels.FirstOrDefault(l => l.Value == level).Name ?? level;

    public string PageLink(int page) => "/admin/units" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Blank(Q), ["region"] = Blank(Region), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();

    public Task OnGetAsync() => ListAsync();

    private async Task ListAsync()
    {
        // The form's own fields are named differently ("Code", "RegionCode"), so a list error never lands beside them.
        var listed = await UnitListing.QueryAsync(Caller, grains, regions, Blank(Region), Blank(Q), Blank(PageNumber), "50");
        Listing = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Show(listed.Refusal, PageParameter);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await UnitRegistry.CreateAsync(Caller,
            new CreateUnitRequest(Blank(Code), Blank(Name), Blank(RegionCode), Blank(Level), Blank(Kind), Blank(Email)), grains, regions, audit, clock);
        if (created.IsDone)
        {
            return Redirect("/admin/units?added=" + Uri.EscapeDataString(created.Value.Code));
        }

        await ListAsync();
        return Refused(created.Refusal, Page);
    }
}
