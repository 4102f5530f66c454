namespace Media.Domain.Websites;

/// <summary>
/// How a number shown in a site's footer (网站标识码, ICP备案编号, 公安机关备案号) compares with the filed one: without whitespace
/// and case, since footers write "赣公网安备 36010202000123号" and "赣公网安备36010202000123号" alike.
/// </summary>
public static class FooterNumbers
{
    public static bool Same(string shown, string filed) => Normalise(shown) == Normalise(filed);

    private static string Normalise(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
