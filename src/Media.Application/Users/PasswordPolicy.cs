namespace Media.Application.Users;

/// <summary>
/// What a new password must be (SPEC §7): 10 to 128 characters, not only spaces, at least three of the four kinds
/// (lower-case, upper-case, digits, others such as punctuation or Chinese characters), not the username nor containing
/// it, and not a well-known password — also when digits or symbols are merely appended to one ("Password1!").
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>The hint shown beside a new-password field.</summary>
    public const string Hint = "至少10个字符，含大小写字母、数字、符号中的三类";

    /// <summary>Why <paramref name="password"/> may not be <paramref name="username"/>'s new password; null when it may.</summary>
    public static string? Validate(string? password, string? username)
    {
        if (password is null || password.Length is < MinLength or > MaxLength)
        {
            return "密码须为10至128个字符";
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            return "密码不能全是空格";
        }

        if (Kinds(password) < 3)
        {
            return "密码须包含小写字母、大写字母、数字、其他符号中的至少三类";
        }

        if (!string.IsNullOrWhiteSpace(username) && password.Contains(UserNames.Normalize(username), StringComparison.OrdinalIgnoreCase))
        {
            return "密码不能包含用户名";
        }

        return CommonPasswords.IsCommon(password) ? "该密码过于常见，容易被猜中，请换一个" : null;
    }

    private static int Kinds(string password)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in password)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                other = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
