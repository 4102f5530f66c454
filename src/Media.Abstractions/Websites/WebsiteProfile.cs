using System.Collections.Immutable;

namespace Media.Abstractions.Websites;

/// <summary>
/// One column (栏目) of a website: declared at filing (<paramref name="Confirmed"/> true), or discovered in the home page's
/// navigation and not judged until a supervisor confirms it.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.website-column")]
public sealed record WebsiteColumn(
    [property: Id(0)] string Name,
    [property: Id(1)] string Url,
    [property: Id(2)] string Category,
    [property: Id(3)] bool Confirmed);

/// <summary>
/// The website part of a filing record (SPEC §3.6): a website is filed on the account rails with platform <c>website</c>
/// and its 网站标识码 as handle; the home URL is also the profile's URL.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.website-profile")]
public sealed record WebsiteProfile(
    [property: Id(0)] string HomeUrl,
    [property: Id(1)] string? Icp,
    [property: Id(2)] string? PublicSecurity,
    [property: Id(3)] ImmutableArray<WebsiteColumn> Columns);
