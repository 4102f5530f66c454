namespace Media.Domain.Accounts;

/// <summary>
/// The natural key of an account, <c>{platform}:{handle}</c>, built and parsed only here so every
/// grain, table and URL agrees on it. Handles cannot contain ':', so the first ':' separates the parts.
/// </summary>
public static class AccountKey
{
    public const int MaxHandleLength = 128;

    public static string For(string platform, string handle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(handle);
        return $"{platform.Trim().ToLowerInvariant()}:{handle.Trim()}";
    }

    public static bool TryParse(string? id, out string platform, out string handle)
    {
        platform = string.Empty;
        handle = string.Empty;
        var colon = id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0)
        {
            return false;
        }

        var candidatePlatform = id![..colon];
        var candidateHandle = id[(colon + 1)..];
        if (!Platforms.IsKeyPlatform(candidatePlatform) || ValidateHandle(candidateHandle) is not null)
        {
            return false;
        }

        (platform, handle) = (candidatePlatform, candidateHandle);
        return true;
    }

    /// <summary>
    /// Null when valid, otherwise a message. Handles are uids, WeChat 原始ID (gh_…), package names and
    /// the like: letters or digits of any script plus '_', '-', '.', '@'.
    /// </summary>
    public static string? ValidateHandle(string? handle)
    {
        if (string.IsNullOrEmpty(handle))
        {
            return "账号标识不能为空";
        }

        if (handle.Length > MaxHandleLength)
        {
            return $"账号标识不能超过{MaxHandleLength}个字符";
        }

        return handle.All(IsHandleCharacter)
            ? null
            : "账号标识只能包含文字、数字以及 _ - . @ 字符";
    }

    private static bool IsHandleCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '@';
}
