using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages;

/// <summary>The dashboard of the caller's jurisdiction: how many accounts, by status and by platform.</summary>
public sealed class DashboardModel(IGrainFactory grains, RegionCatalog regions) : PageModel
{
    public IReadOnlyList<(string Name, int Count)> ByStatus { get; private set; } = [];

    public IReadOnlyList<(string Platform, int Count)> ByPlatform { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var caller = Caller.From(User);
        ByStatus = await Task.WhenAll(Accounts.AccountListModel.Statuses.Select(async s => (s.Name, await CountAsync(caller, null, s.Value))));
        ByPlatform = await Task.WhenAll(Platforms.All.Select(async p => (p, await CountAsync(caller, p, null))));
    }

    private async Task<int> CountAsync(Caller caller, string? platform, string? status) =>
        (await AccountListing.QueryAsync(caller, grains, regions, null, platform, status, null, null, "1")).Page?.Total ?? 0;
}
