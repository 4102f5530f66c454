using System.Text.RegularExpressions;

namespace Media.Domain.Websites;

/// <summary>
/// How a number shown in a site's footer (网站标识码, ICP备案编号, 公安机关备案号) compares with the filed one. Offices file the
/// same number in several spellings — "赣公网安备 36092202000105号", "赣公网安备36092202000105号" or just "36092202000105";
/// "赣ICP备11002306号-1" or "赣ICP备11002306号" — so the numbers are compared, not the text: the digits of the main number
/// must be equal, and the site suffix (<c>-1</c>) only when both sides give one. Text without digits (a 网站标识码 such as
/// <c>bm01000001</c> has letters) is compared without whitespace and case.
/// </summary>
public static partial class FooterNumbers
{
    public static bool Same(string shown, string filed)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(filed);
        var (a, b) = (Numbered().Match(shown), Numbered().Match(filed));
        if (!a.Success || !b.Success || IsCode(shown) || IsCode(filed))
        {
            return Normalise(shown) == Normalise(filed);
        }

        var (suffixA, suffixB) = (a.Groups["suffix"].Value, b.Groups["suffix"].Value);
        return a.Groups["main"].Value == b.Groups["main"].Value
            && (suffixA.Length == 0 || suffixB.Length == 0 || suffixA == suffixB);
    }

    // A 网站标识码 is ten letters or digits with nothing around them: compared as text, letters and all.
    private static bool IsCode(string value) => SiteIdCode.Validate(value.Trim()) is null;

    private static string Normalise(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    [GeneratedRegex(@"(?<main>\d{5,})\s*号?\s*(?:-\s*(?<suffix>\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
