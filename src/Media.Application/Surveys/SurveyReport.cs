using Media.Abstractions.Index;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Surveys;

namespace Media.Application.Surveys;

/// <summary>
/// The survey of a jurisdiction (摸底统计): active accounts by sub-region and platform with followers, posts
/// per week and the share of original posts, and the consolidation candidates (集约整合). Statistics are each
/// account's as of its latest update in the region index.
/// </summary>
public sealed record SurveyReport(
    string? RegionCode,
    string RegionName,
    DateTimeOffset AsOf,
    SurveyRow Total,
    IReadOnlyList<SurveyRow> Rows,
    IReadOnlyList<DuplicateView> Duplicates,
    IReadOnlyList<LowActivityView> LowActivity)
{
    public static SurveyReport Build(string? scope, IReadOnlyList<SurveyPart> parts, RegionCatalog regions, DateTimeOffset asOf)
    {
        var scopeCode = scope is null ? (RegionCode?)null : Domain.Regions.RegionCode.Parse(scope);
        string SubRegion(string code) => scopeCode is { } s
            ? SubRegions.Of(s, Domain.Regions.RegionCode.Parse(code)).Value
            : Domain.Regions.RegionCode.Parse(code).Province.Value;

        var rows = parts.SelectMany(p => p.Cells.Select(c => (Sub: SubRegion(p.RegionCode), Cell: c)))
            .GroupBy(x => (x.Sub, x.Cell.Platform))
            .OrderBy(g => g.Key.Sub, StringComparer.Ordinal).ThenBy(g => g.Key.Platform, StringComparer.Ordinal)
            .Select(g => Row(g.Key.Sub, Name(regions, g.Key.Sub), g.Key.Platform, Platforms.DisplayName(g.Key.Platform), g.Select(x => x.Cell)))
            .ToList();
        var total = Row(scope ?? "", scopeCode is { } sc ? regions.FullNameOf(sc) : "全国", "", "全部平台", parts.SelectMany(p => p.Cells));
        var duplicates = parts.SelectMany(p => p.Duplicates)
            .Select(d => new DuplicateView(d.UnitCode, d.Platform, Platforms.DisplayName(d.Platform), d.AccountIds,
                SurveyFigures.DuplicateReason(d.Platform)))
            .ToList();
        var low = parts.SelectMany(p => p.LowActivity)
            .Select(e => new LowActivityView(e.AccountId, e.Name, Platforms.DisplayName(e.Platform), Name(regions, SubRegion(e.RegionCode)),
                e.UnitCode, e.Followers ?? 0, SurveyFigures.PerWeek(e.Posts30d)))
            .ToList();
        return new SurveyReport(scope, total.SubRegionName, asOf, total, rows, duplicates, low);
    }

    private static SurveyRow Row(string sub, string subName, string platform, string platformName, IEnumerable<SurveyCell> cells)
    {
        var list = cells.ToList();
        var posts = list.Sum(c => c.Posts30d);
        return new SurveyRow(sub, subName, platform, platformName, list.Sum(c => c.Accounts), list.Sum(c => c.Followers),
            SurveyFigures.PerWeek(posts), SurveyFigures.OriginalShare(list.Sum(c => c.Originals30d), posts));
    }

    private static string Name(RegionCatalog regions, string code) =>
        Domain.Regions.RegionCode.TryParse(code, out var r) ? regions.NameOf(r) ?? code : code;
}

/// <summary>Accounts of a platform in a sub-region (or the total): followers, posts per week, share of originals.</summary>
public sealed record SurveyRow(string SubRegion, string SubRegionName, string Platform, string PlatformName, int Accounts,
    long Followers, decimal PostsPerWeek, decimal? OriginalShare);

/// <summary>A unit with more than one account on a platform.</summary>
public sealed record DuplicateView(string UnitCode, string Platform, string PlatformName, IReadOnlyList<string> Accounts, string Reason);

/// <summary>An account with a small audience that rarely posts.</summary>
public sealed record LowActivityView(string AccountId, string Name, string Platform, string Region, string UnitCode,
    long Followers, decimal PostsPerWeek);
