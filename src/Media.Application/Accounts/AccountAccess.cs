using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Domain.Accounts;

namespace Media.Application.Accounts;

/// <summary>Finding an account the caller may see; outside the jurisdiction it does not exist.</summary>
public static class AccountAccess
{
    /// <summary>The answer for an account that does not exist or lies outside the caller's jurisdiction.</summary>
    public const string NotVisible = "账号不存在或不在您的管辖范围内";

    /// <summary>The account if it exists and the caller may see it; ids that cannot exist activate nothing.</summary>
    public static async Task<AccountSnapshot?> VisibleAsync(string id, Caller caller, IGrainFactory grains)
    {
        if (!AccountKey.TryParse(id, out _, out _))
        {
            return null;
        }

        var account = await grains.Ref<IAccountGrain>(id).GetAsync();
        return account is not null && caller.CoversUnit(account.UnitCode, account.RegionCode) ? account : null;
    }

    /// <summary>
    /// Whether the caller may see the account's violations: a filed account as <see cref="VisibleAsync"/> says; one that is
    /// discovered but unfiled, when the caller's jurisdiction holds the discovery's region (a unit user: never, it has no unit).
    /// </summary>
    public static async Task<bool> ViolationsVisibleAsync(string id, Caller caller, IGrainFactory grains)
    {
        if (!AccountKey.TryParse(id, out _, out _))
        {
            return false;
        }

        var account = grains.Ref<IAccountGrain>(id);
        if (await account.GetAsync() is { } filed)
        {
            return caller.CoversUnit(filed.UnitCode, filed.RegionCode);
        }

        return await account.GetDiscoveryAsync() is { } discovery && caller.CoversRegion(discovery.RegionCode);
    }
}
