namespace Media.Probes;

/// <summary>
/// Footer identifiers of a government website (SPEC §3.6): 网站标识码, ICP备案编号, 公安机关备案号,
/// 党政机关标识 (conac badge), the 我为政府网站找错 entry, and the page's <c>PubDate</c> meta tag.
/// </summary>
public sealed record SiteIdentifiers(
    string? SiteIdCode,
    string? Icp,
    string? PublicSecurity,
    bool Conac,
    bool Jiucuo,
    DateTimeOffset? PubDate);
