namespace Media.Domain.Websites;

/// <summary>
/// The 网站标识码 (SPEC §3.6): ten letters or digits assigned by the national site census (e.g. <c>3609000001</c>;
/// State Council departments' codes begin with letters, <c>bm…</c>). It is the website's key, <c>website:{code}</c>.
/// </summary>
public static class SiteIdCode
{
    public const int Length = 10;

    /// <summary>Null when valid, otherwise a message.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "网站标识码不能为空";
        }

        return code.Length == Length && code.All(char.IsAsciiLetterOrDigit)
            ? null
            : $"网站标识码须为{Length}位字母或数字";
    }
}
