using Media.Abstractions.Storage;
using Media.Domain.Regions;
using Media.Grains;
using Media.Application.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>Registering a unit (主办单位) with the API's rules; its accounts are then found in the account list by its code.</summary>
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await UnitRegistry.CreateAsync(Caller,
            new CreateUnitRequest(Blank(Code), Blank(Name), Blank(RegionCode), Blank(Level), Blank(Kind), Blank(Email)), grains, regions, audit, clock);
        return created.IsDone ? Redirect("/admin/units?added=" + Uri.EscapeDataString(created.Value.Code)) : Refused(created.Refusal, Page);
    }
}
