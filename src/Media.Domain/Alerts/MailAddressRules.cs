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

    /// <summary>The longest address accepted: what fits in SMTP's forward path.</summary>
    public const int MaxLength = 254;

    /// <summary>
    /// The one rule for an address Media accepts (users, units, responsible persons) and sends to, so that an address
    /// accepted is never one delivery silently drops: ASCII <c>local@domain</c>, nothing else. The local part is
    /// RFC 5322 atext (letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c>) in dot-separated runs, at most 64
    /// characters; the domain is two or more LDH labels (letters, digits, inner hyphens, 1 to 63 characters each)
    /// whose last is not all digits; at most 254 characters in all. Display names, quoted local parts, comments,
    /// IP literals, spaces, commas and Unicode are refused: each is either a way to smuggle a second recipient or a
    /// header past the check, or something a mail server may refuse after Media counted the mail as sent. An
    /// internationalized domain is accepted in its <c>xn--</c> form.
    /// </summary>
    public static bool IsUsable(string? address) => Check(address, requireDot: true);

    /// <summary>
    /// The operator's sender address (<c>Smtp:From</c>): the same rule, except that the domain may be one label,
    /// a host on the operator's own network such as <c>localhost</c>.
    /// </summary>
    public static bool IsUsableSender(string? address) => Check(address, requireDot: false);

    private static bool Check(string? address, bool requireDot)
    {
        if (address is not { Length: >= 3 and <= MaxLength })
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        if (at is < 1 or > 64 || !LocalPart().IsMatch(address.AsSpan(0, at)))
        {
            return false;
        }

        var labels = address[(at + 1)..].Split('.');
        return (labels.Length > 1 || !requireDot)
            && labels.All(label => Label().IsMatch(label))
            && !labels[^1].All(char.IsAsciiDigit);
    }

    // \z, not $: $ also matches before a final line break, which would let "a@b.cn\nBcc: …" through.
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPart();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"[\p{Cc}\p{Zl}\p{Zp}]+")]
    private static partial Regex ControlCharacters();
}
