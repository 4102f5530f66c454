using Media.Abstractions;
using Media.Abstractions.Alerts;
using Media.Abstractions.Index;
using Media.Domain.Alerts;
using Media.Domain.Time;

namespace Media.Grains.Alerts;

/// <summary>
/// The administrators' part of the daily digest: the accounts that became gaps that day (never observed since a filing
/// that day, or blind since a probe failed that day), read from the region indexes, so SPEC §3.3's "tells the
/// administrators" needs no account woken. A gap that began and ended within the day is not listed: it is over.
/// </summary>
internal sealed partial class MailDispatcherGrain
{
    /// <summary>At most this many gaps per region in one mail; the gaps page lists them all.</summary>
    private const int GapsPerRegion = 200;

    private async Task<List<OutgoingMail>> GapDigestsAsync(DateOnly day)
    {
        var admins = (await Directory.AllAsync()).Where(u => u.Role == "admin" && u.Digest && MailAddressRules.IsUsable(u.Email)).ToList();
        if (admins.Count == 0)
        {
            return [];
        }

        var from = BeijingTime.StartOfDay(day);
        var until = from.AddDays(1);
        var query = new IndexQuery(null, null, null, null, GapsPerRegion, GapOnly: true, GapFrom: from);
        var regions = await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
        var pages = await Task.WhenAll(regions.Select(r => GrainFactory.Ref<IRegionIndexGrain>(r).QueryAsync(query)));
        var gaps = pages.SelectMany(p => p.Items).Where(e => e.Gap!.Since < until)
            .OrderBy(e => e.Gap!.Since).ThenBy(e => e.AccountId, StringComparer.Ordinal).ToList();
        if (gaps.Count == 0)
        {
            return [];
        }

        var units = await UnitNameBook.LookUpAsync(GrainFactory, gaps.Select(e => (e.UnitCode, e.RegionCode)));
        return [.. admins.Select(a => composer.GapDigest(a, day, gaps, units))];
    }
}
