using System.Text.RegularExpressions;

namespace Media.Domain.Alerts;

/// <summary>
/// Text that goes into a mail header. Names come from filings and can hold anything a unit typed; in a
/// header, a line break would start a new header (e.g. <c>Bcc:</c>), so every control character becomes a
/// space before the text is used.
/// </summary>
public static partial class MailAddressRules
{
    public static string HeaderText(string? text, int maxLength = 120)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var flat = ControlCharacters().Replace(text, " ").Trim();
        return flat.Length <= maxLength ? flat : flat[..maxLength] + "…";
    }

    /// <summary>
    /// A plain <c>local@domain</c> address with nothing that could break out of a header: no spaces,
    /// control characters, angle brackets, commas or semicolons, one <c>@</c>, at most 254 characters.
    /// </summary>
    public static bool IsUsable(string? address) => address is { Length: > 2 and <= 254 } && PlainAddress().IsMatch(address);

    [GeneratedRegex(@"^[^\s@<>,;""()\[\]\\:]+@[^\s@<>,;""()\[\]\\:.][^\s@<>,;""()\[\]\\:]*$")]
    private static partial Regex PlainAddress();

    [GeneratedRegex(@"[\p{Cc}\p{Zl}\p{Zp}]+")]
    private static partial Regex ControlCharacters();
}
