namespace Media.Domain.Accounts;

/// <summary>
/// What a handle must look like on its platform (SPEC §3.1: Weibo uid, WeChat 原始ID <c>gh_…</c>, app package name, …),
/// beyond the characters every key allows (<see cref="AccountKey.ValidateHandle"/>). The API, the forms and the import
/// all file through this check, so a handle one accepts the others accept too.
/// </summary>
public static class PlatformHandles
{
    /// <summary>The prefix of every WeChat official account's 原始ID.</summary>
    public const string WeChatPrefix = "gh_";

    /// <summary>The refusal of a WeChat handle that is not a 原始ID.</summary>
    public const string WeChatMessage =
        "微信公众号须填写原始ID：以 gh_ 开头，后接英文字母或数字（如 gh_3a1b2c3d4e5f），可在公众号后台“设置与开发—公众号设置—注册信息”中查看；不要填写公众号名称或微信号";

    /// <summary>Null when <paramref name="handle"/> may be filed on <paramref name="platform"/>, otherwise the message.</summary>
    /// <remarks>
    /// The name or the WeChat ID (微信号) a unit may give instead can be renamed, so only the 原始ID keys an account for
    /// good; and the probes find an official account's pages by it. Old records keyed otherwise still parse: the rule
    /// is on filing, not on <see cref="AccountKey.TryParse"/>.
    /// </remarks>
    public static string? Validate(string? platform, string? handle)
    {
        if (AccountKey.ValidateHandle(handle) is { } general)
        {
            return general;
        }

        return platform == Platforms.WeChat && !IsWeChatOriginalId(handle!) ? WeChatMessage : null;
    }

    private static bool IsWeChatOriginalId(string handle) =>
        handle.Length > WeChatPrefix.Length
        && handle.StartsWith(WeChatPrefix, StringComparison.Ordinal)
        && handle[WeChatPrefix.Length..].All(char.IsAsciiLetterOrDigit);
}
