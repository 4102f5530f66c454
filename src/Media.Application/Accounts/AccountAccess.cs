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
}
