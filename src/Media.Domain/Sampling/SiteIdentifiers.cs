namespace Media.Domain.Sampling;

/// <summary>
/// The identifiers a government website's footer must show (SPEC §3.6, <c>site-identifiers</c>), as an inspection records
/// the missing ones and the 通报 names them (网站标识码、ICP备案编号缺失).
/// </summary>
public static class SiteIdentifiers
{
    public const string SiteIdCode = "siteIdCode";
    public const string Icp = "icp";
    public const string PublicSecurity = "publicSecurity";
    public const string Conac = "conac";
    public const string Jiucuo = "jiucuo";
    public const string SiteMap = "siteMap";

    public static IReadOnlyList<string> All { get; } = [SiteIdCode, Icp, PublicSecurity, Conac, Jiucuo, SiteMap];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    public static string DisplayName(string id) => id switch
    {
        SiteIdCode => "网站标识码",
        Icp => "ICP备案编号",
        PublicSecurity => "公安机关备案号",
        Conac => "党政机关网站标识",
        Jiucuo => "“我为政府网站找错”入口",
        SiteMap => "网站地图",
        _ => id,
    };

    /// <summary>How a 通报 says what a site lacks: 网站标识码、ICP备案编号缺失; empty when nothing is missing.</summary>
    public static string MissingText(IEnumerable<string> missing)
    {
        var names = All.Where(missing.Contains).Select(DisplayName).ToList();
        return names.Count == 0 ? string.Empty : string.Join("、", names) + "缺失";
    }

    /// <summary>The identifiers absent from a footer Media read (a footer never read says nothing, so callers pass only a read one).</summary>
    public static IReadOnlyList<string> MissingFrom(string? siteIdCode, string? icp, string? publicSecurity, bool conac, bool jiucuo, bool siteMap) =>
        [.. All.Where(id => id switch
        {
            SiteIdCode => string.IsNullOrWhiteSpace(siteIdCode),
            Icp => string.IsNullOrWhiteSpace(icp),
            PublicSecurity => string.IsNullOrWhiteSpace(publicSecurity),
            Conac => !conac,
            Jiucuo => !jiucuo,
            _ => !siteMap,
        })];
}
