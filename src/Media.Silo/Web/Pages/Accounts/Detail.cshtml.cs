using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Regions;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>One account: its filing record, activity and violations; 404 outside the caller's jurisdiction.</summary>
public sealed class AccountDetailModel(IGrainFactory grains, RegionCatalog regions) : PageModel
{
    public AccountSnapshot? Account { get; private set; }

    public string? RegionName { get; private set; }

    public ActivityView? Activity { get; private set; }

    public IReadOnlyList<ViolationRecord> Violations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Account = await AccountsApi.VisibleAccountAsync(id, Caller.From(User), grains);
        if (Account is null)
        {
            return NotFound();
        }

        var grain = grains.GetGrain<IAccountGrain>(id);
        Activity = await grain.GetActivityAsync();
        Violations = [.. (await grain.GetViolationsAsync()).Where(v => ViolationStatuses.IsActive(v.Status))];
        RegionName = regions.FullNameOf(RegionCode.Parse(Account.RegionCode));
        return Page();
    }
}
