using System.Text.RegularExpressions;

namespace Media.Application.Users;

/// <summary>Usernames: 3–32 of a-z, 0-9, '.', '_', '-', compared lower-case.</summary>
public static partial class UserNames
{
    public static string Normalize(string username) => username.Trim().ToLowerInvariant();

    public static string? Validate(string? username) =>
        username is not null && Pattern().IsMatch(Normalize(username)) ? null : "用户名须为3至32位小写字母、数字、点、下划线或连字符";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial Regex Pattern();
}
