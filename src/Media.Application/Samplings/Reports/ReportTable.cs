using Media.Domain.Sampling.Reports;

namespace Media.Application.Samplings.Reports;

/// <summary>A pass rate in a table: a number, shown as a percentage (XLSX keeps it numeric with a percent format).</summary>
public readonly record struct RateCell(decimal? Value);

/// <summary>
/// One table of the 通报 with one shape: the annex, the strata, the results by level, sub-region or platform, the
/// re-checks. Every file format draws its tables from here, so a column means the same in DOCX, XLSX and CSV.
/// </summary>
public sealed record ReportTable(string Key, string Name, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, IReadOnlyList<object?[]> Rows)
{
    /// <summary>The tables by key, in the order of the workbook's sheets; the websites' only when the population has websites.</summary>
    public static IReadOnlyList<ReportTable> All(TongbaoDocument d) =>
        [.. Every(d).Where(t => t.Key != "websites" || HasWebsites(d.Model))];

    public static IReadOnlyList<string> Keys { get; } = ["levels", "regions", "platforms", "annex", "websites", "recheck", "strata"];

    /// <summary>A table by key; the websites' table is found (empty) even for a sampling without websites.</summary>
    public static ReportTable? Find(TongbaoDocument d, string key) => Every(d).FirstOrDefault(t => t.Key == key);

    /// <summary>Whether the sampling's population has websites, so the 通报 has a websites section.</summary>
    public static bool HasWebsites(Tongbao t) => t.Websites.Population > 0 || t.Websites.Sites.Count > 0;

    /// <summary>Every sampled website: score (a number), verdict, the unconfirmed-points mark, vetoes, deductions, missing identifiers.</summary>
    public static ReportTable Websites(Tongbao t) => new("websites", "政府网站",
        ["序号", "地区", "主办单位", "网站名称", "得分", "检查结论", "分值说明", "单项否决", "扣分项", "缺失标识"], [6, 12, 28, 24, 8, 10, 12, 30, 40, 30],
        [.. t.Websites.Sites.Select(r => new object?[] { r.Number, r.Region, r.Unit, r.Site, r.Score,
            r.Passed switch { true => "合格", false => "不合格", null => "待检查" },
            r.UsesUnconfirmed ? Domain.Sampling.WebsiteInspection.UnconfirmedMark : string.Empty, r.Vetoes, r.Deductions, r.MissingIdentifiers })]);

    private static IReadOnlyList<ReportTable> Every(TongbaoDocument d) =>
        [Levels(d.Model), Regions(d.Model), PlatformsOf(d.Model), Annex(d), Websites(d.Model), Recheck(d.Model), Strata(d.Model)];

    public static ReportTable Annex(TongbaoDocument d) => new("annex", "不合格账号名单",
        ["序号", "地区", "主办单位", "账号名称", "平台", "问题", "整改要求"], [6, 12, 28, 24, 12, 40, 24],
        [.. d.Model.Annex.Select(r => new object?[] { r.Number, r.Region, r.Unit, r.Account, r.Platform, r.Problems, d.RequirementFor(r.Veto) })]);

    public static ReportTable Strata(Tongbao t) => new("strata", "分层抽样", ["平台", "在运行账号数", "抽取数"], [16, 14, 10],
        [.. t.Appendix.Strata.Select(s => new object?[] { s.Platform, s.Population, s.Sampled })]);

    private static ReportTable Levels(Tongbao t) => Groups("levels", "按层级", "层级", t.ByLevel);

    private static ReportTable Regions(Tongbao t) => Groups("regions", "按地区", "地区", t.BySubRegion);

    private static ReportTable PlatformsOf(Tongbao t) => Groups("platforms", "按平台", "平台", t.ByPlatform);

    private static ReportTable Recheck(Tongbao t) => new("recheck", "复查", ["地区", "主办单位", "账号名称", "平台", "复查结果"], [12, 28, 24, 12, 12],
        [.. t.Recheck.Items.Select(i => new object?[] { i.Account.Region, i.Account.Unit, i.Account.Account, i.Account.Platform,
            i.Passed switch { true => "已整改", false => "仍不合格", null => "待复查" } })]);

    private static ReportTable Groups(string key, string name, string label, IEnumerable<TongbaoGroup> groups) => new(key, name,
        [label, "抽查数", "不合格数", "合格率"], [16, 10, 10, 10],
        [.. groups.Select(g => new object?[] { g.Name, g.Checked, g.Failed, new RateCell(g.Rate) })]);
}
