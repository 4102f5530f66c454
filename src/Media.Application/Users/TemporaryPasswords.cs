using System.Security.Cryptography;

namespace Media.Application.Users;

/// <summary>Passwords an admin's reset hands over: random, 16 characters of four kinds, so they pass the policy.</summary>
public static class TemporaryPasswords
{
    // Without the look-alikes (0/O, 1/l/I), since a person reads it out or types it from a screen.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "#$%+=?@";

    public static string New(string username)
    {
        while (true)
        {
            var all = Lower + Upper + Digits + Symbols;
            var chars = new char[16];
            chars[0] = Pick(Lower);
            chars[1] = Pick(Upper);
            chars[2] = Pick(Digits);
            chars[3] = Pick(Symbols);
            for (var i = 4; i < chars.Length; i++)
            {
                chars[i] = Pick(all);
            }

            RandomNumberGenerator.Shuffle(chars.AsSpan());
            var password = new string(chars);
            if (PasswordPolicy.Validate(password, username) is null)
            {
                return password;
            }
        }
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
