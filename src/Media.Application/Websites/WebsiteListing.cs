using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Regions;

namespace Media.Application.Websites;

/// <summary>
/// The websites page's listing: the API's listing over the website lines (same filters, paging and reach), each line with
/// what only the website knows (its home URL, last good home read, newest home item, active violations). That last part
/// reads each listed website, so a page holds few of them.
/// </summary>
public static class WebsiteListing
{
    public const string PageSize = "20";

    public sealed record Row(AccountListing.AccountListItem Line, string SiteIdCode, string? HomeUrl, DateTimeOffset? HomeReadAt,
        SiteItemRecord? HomeNewest, int ActiveViolations);

    public sealed record Page(IReadOnlyList<Row> Rows, int Total, int PageNumber, int PageSize);

    public static async Task<Outcome<Page>> QueryAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        string? region, string? status, string? rule, string? q, string? page)
    {
        var listed = await AccountListing.QueryAsync(caller, grains, regions, region, Platforms.Website, status, rule, q, page, PageSize);
        if (!listed.IsDone)
        {
            return listed.Refusal;
        }

        var views = await Task.WhenAll(listed.Value.Items.Select(i => grains.Ref<IMonitoredWebsite>(i.Id).GetWebsiteAsync()));
        var rows = listed.Value.Items.Zip(views, (line, view) => new Row(line, view?.Record.Handle ?? line.Id, view?.Profile.HomeUrl, view?.HomeReadAt,
            view?.HomeNewest, view?.Violations.Count(v => ViolationStatuses.IsActive(v.Status)) ?? 0));
        return new Page([.. rows], listed.Value.Total, listed.Value.PageNumber, listed.Value.PageSize);
    }
}
