using Media.Abstractions;
using Media.Abstractions.Websites;
using Media.Domain.Sampling;
using Media.Domain.Websites;

namespace Media.Application.Samplings;

/// <summary>
/// What the inspection of a website starts from, besides the quarter's violations: the deduction sheet (items, points,
/// source, whether the points are confirmed) and the footer identifiers Media found missing, pre-ticked for the inspector
/// to confirm or untick. <see cref="FooterRead"/> false: Media never read the footer, so nothing is pre-ticked.
/// </summary>
public sealed record WebsitePrefill(IReadOnlyList<DeductionItem> Sheet, IReadOnlyList<string> MissingIdentifiers, bool FooterRead)
{
    public static async Task<WebsitePrefill> LoadAsync(string websiteId, IGrainFactory grains, DeductionSheetFile sheet)
    {
        var view = await grains.Ref<IMonitoredWebsite>(websiteId).GetWebsiteAsync();
        var footer = view?.FooterFound;
        return new WebsitePrefill(sheet.Load()?.Items ?? [],
            footer is null ? [] : SiteIdentifiers.MissingFrom(footer.SiteIdCode, footer.Icp, footer.PublicSecurity, footer.Conac, footer.Jiucuo, footer.SiteMap),
            footer is not null);
    }
}
