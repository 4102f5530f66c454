using Media.Abstractions.Accounts;
using Media.Application.Accounts;
using Media.Domain.Accounts;

namespace Media.Application.Websites;

/// <summary>Finding a website the caller may see: as for accounts, outside the jurisdiction it does not exist.</summary>
public static class WebsiteAccess
{
    public const string NotVisible = "网站不存在或不在您的管辖范围内";

    /// <summary>The website's record if it exists, is a website, and the caller may see it.</summary>
    public static async Task<AccountSnapshot?> VisibleAsync(string id, Caller caller, IGrainFactory grains) =>
        AccountKey.TryParse(id, out var platform, out _) && platform == Platforms.Website
            && await AccountAccess.VisibleAsync(id, caller, grains) is { Website: not null } site
            ? site
            : null;
}
