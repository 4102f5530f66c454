using System.Globalization;
using System.Text.RegularExpressions;
using Media.Domain.Alerts;

namespace Media.Domain.Validation;

/// <summary>
/// Common field checks. Each returns null when the value is acceptable, otherwise a Chinese message
/// (the field name is the key it is filed under, so messages do not repeat it). An empty value is a
/// problem for every check; callers skip optional fields that were left empty.
/// </summary>
public static partial class FieldRules
{
    public const int MaxEmailLength = MailAddressRules.MaxLength;
    public const int MaxUrlLength = 2048;
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    private const string EmptyMessage = "不能为空";
    private const string ControlMessage = "不能包含控制字符";

    public static string? Required(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        if (value.Trim().Length > maxLength)
        {
            return $"不能超过{maxLength}个字符";
        }

        return HasControlCharacter(value, allowLineBreaks: false) ? ControlMessage : null;
    }

    /// <summary>Like <see cref="Required"/>, for free text where line breaks and tabs are allowed.</summary>
    public static string? RequiredText(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        if (value.Trim().Length > maxLength)
        {
            return $"不能超过{maxLength}个字符";
        }

        return HasControlCharacter(value, allowLineBreaks: true) ? ControlMessage : null;
    }

    // Control characters cannot be carried by XLSX/HTML reports or mail headers, and never belong in a name.
    private static bool HasControlCharacter(string value, bool allowLineBreaks) =>
        value.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'));

    /// <summary>The refusal of an address outside <see cref="MailAddressRules.IsUsable"/>.</summary>
    public const string EmailMessage = "电子邮箱格式不正确：应为英文字母、数字组成的“名称@域名”（如 xcb@gd.gov.cn），不含空格、姓名、尖括号、逗号或中文";

    /// <summary>
    /// An address Media will also send to: the mail sender's own rule (<see cref="MailAddressRules.IsUsable"/>), so an
    /// address accepted here is never one delivery drops. Surrounding spaces are trimmed by the callers that store it.
    /// </summary>
    public static string? Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        var email = value.Trim();
        if (email.Length > MaxEmailLength)
        {
            return $"电子邮箱不能超过{MaxEmailLength}个字符";
        }

        return MailAddressRules.IsUsable(email) ? null : EmailMessage;
    }

    /// <summary>A mainland mobile number, or a landline with area code and optional extension.</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        return PhonePattern().IsMatch(value.Trim())
            ? null
            : "电话号码格式不正确，应为11位手机号或带区号的固定电话（如 020-12345678、0755-1234567-801）";
    }

    public static string? HttpUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        var text = value.Trim();
        if (text.Length > MaxUrlLength)
        {
            return $"网址不能超过{MaxUrlLength}个字符";
        }

        var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
        return ok ? null : "网址应为以 http:// 或 https:// 开头的完整地址";
    }

    /// <summary>A calendar date written exactly as yyyy-MM-dd, in a plausible range.</summary>
    public static string? Date(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmptyMessage;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return "日期格式应为 yyyy-MM-dd，例如 2024-03-01";
        }

        if (parsed.Year is < MinYear or > MaxYear)
        {
            return $"日期年份应在{MinYear}至{MaxYear}之间";
        }

        date = parsed;
        return null;
    }

    // ASCII digits only (\d would also accept full-width digits); a local number never starts with 0.
    [GeneratedRegex("^(?:1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}(?:-[0-9]{1,6})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
