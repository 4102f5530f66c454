namespace Media.Application.Discoveries;

/// <summary>Body of <c>POST /api/discoveries</c>: an account a supervisor found that no unit has filed.</summary>
/// <param name="Platform">A platform id (<c>weibo</c>, <c>wechat</c>, …).</param>
/// <param name="Handle">The platform handle; with the platform it names the account <c>{platform}:{handle}</c>.</param>
/// <param name="Name">The account's name as found.</param>
/// <param name="Url">Its home page, http(s), if known.</param>
/// <param name="RegionCode">The region it belongs to, inside the caller's jurisdiction: its violation is listed there.</param>
/// <param name="UnitName">The unit believed to run it, if known.</param>
public sealed record DiscoverAccountRequest(string? Platform, string? Handle, string? Name, string? Url, string? RegionCode,
    string? UnitName);

/// <summary>A discovery as the use case answers it: <see cref="Created"/> is false when the account had been discovered before.</summary>
public sealed record DiscoveryResult(Abstractions.Accounts.DiscoveryRecord Discovery, bool Created);
