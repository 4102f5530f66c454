namespace Media.Application.Users;

/// <summary>
/// A short built-in list of the passwords guessed first. A password counts as common when it is one of them ignoring
/// case, or one of them followed only by digits and symbols ("Passw0rd!2024"), the commonest way to meet a kinds rule.
/// </summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "pa$$word", "admin", "admin123", "administrator", "root", "toor",
        "qwerty", "qwertyuiop", "qwe123", "qweasdzxc", "asdfghjkl", "zxcvbnm", "1qaz2wsx", "1q2w3e4r", "abc123", "abcd1234",
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "88888888", "66666666",
        "iloveyou", "letmein", "welcome", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "master",
        "superman", "trustno1", "changeme", "secret", "woaini", "woaini1314", "5201314", "aini1314", "a123456", "a1234567",
        "aa123456", "test", "test123", "guest", "user", "login", "media", "welcome1",
    };

    public static bool IsCommon(string password)
    {
        var trimmed = password.Trim();
        var stem = trimmed.TrimEnd("0123456789!@#$%^&*()-_=+.,;:?~`'\"[]{}<>/\\| ".ToCharArray());
        return Known.Contains(trimmed) || (stem.Length > 0 && Known.Contains(stem));
    }
}
