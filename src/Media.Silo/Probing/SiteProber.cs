using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Grains;
using Media.Grains.Probing;
using Media.Probes;
using Media.Probes.Http;
using Media.Probes.Sites;

namespace Media.Silo.Probing;

/// <summary>
/// The content probe of a website (SPEC §3.6): reads the home page (newest dated item, footer identifiers, navigation)
/// and then each filed column, confirmed or not, at most <see cref="ProbeOptions.SiteColumnsPerProbe"/> of them. The
/// fetcher's per-host politeness spaces the requests; a probe stops reading columns once it has used its time budget,
/// and the columns it did not reach keep their last reading.
/// </summary>
internal sealed class SiteProber(IPageFetcher fetcher, NetworkFault network, ProbeOptions options,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : ISiteProber
{
    /// <summary>Below the silo's response timeout (10 minutes), with room for the home page and the last column.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(6);

    public async Task<SiteProbeReport?> ProbeAsync(AccountSnapshot website, CancellationToken cancellationToken)
    {
        if (website.Website is not { } site || !Uri.TryCreate(site.HomeUrl, UriKind.Absolute, out var home))
        {
            return null;
        }

        var started = TimeProvider.System.GetTimestamp();
        var (status, detail, page) = await ReadAsync(home, cancellationToken);
        if (page is null)
        {
            return new SiteProbeReport(clock.GetUtcNow(), status, detail, null, false, null, [], []);
        }

        var columns = ImmutableArray.CreateBuilder<SiteColumnReading>();
        foreach (var column in site.Columns.Take(options.SiteColumnsPerProbe))
        {
            if (TimeProvider.System.GetElapsedTime(started) > Budget || !Uri.TryCreate(home, column.Url, out var url))
            {
                continue;
            }

            var (columnStatus, columnDetail, columnPage) = await ReadAsync(url, cancellationToken);
            columns.Add(columnPage is null
                ? new SiteColumnReading(column.Url, columnStatus, columnDetail, 0, null, [])
                : new SiteColumnReading(column.Url, columnStatus, null, columnPage.Items.Count, Item(columnPage.Newest),
                    [.. columnPage.Questions.Select(q => new SiteQuestionRecord(q.Title, q.AskedAt, q.AnsweredAt))]));
        }

        var ids = page.Identifiers;
        return new SiteProbeReport(clock.GetUtcNow(), ProbeStatuses.Ok, null, Item(page.Newest), page.NavigationOnly,
            new SiteFooterRecord(ids.SiteIdCode, ids.Icp, ids.PublicSecurity, ids.Conac, ids.Jiucuo, page.SiteMap),
            [.. page.Navigation.Select(link => new WebsiteColumn(link.Name, link.Url, ColumnNames.GuessCategory(link.Name), false))],
            columns.ToImmutable());
    }

    /// <summary>Fetches and reads one page: the page when it answered 2xx, else the status and detail of the failure.</summary>
    private async Task<(string Status, string? Detail, SitePage? Page)> ReadAsync(Uri url, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(url, ct);
        if (!fetched.Succeeded)
        {
            var status = await network.IsOwnAsync(fetched, ct) ? SiteStatuses.Gap : ProbeStatuses.Error;
            // Written as every probe writes a failed fetch, so the gaps list names its cause (GapCauses.FromProbe).
            return (status, $"fetch failed ({fetched.Failure}): {fetched.Detail}", null);
        }

        if (fetched.StatusCode is not (>= 200 and < 300))
        {
            return (SiteStatuses.ForHttp(fetched.StatusCode), $"HTTP {fetched.StatusCode}", null);
        }

        try
        {
            return (ProbeStatuses.Ok, null, SitePageReader.Read(fetched.Content ?? "", fetched.FinalUrl, clock.GetUtcNow()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One page the reader cannot cope with must not end the probe round of every other account and website.
            return (ProbeStatuses.Error, $"页面无法读取: {e.Message}", null);
        }
    }

    private static SiteItemRecord? Item(SiteListItem? item) => item is null ? null : new SiteItemRecord(item.Title, item.PublishedAt, item.Url);
}
