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
    /// <summary>The tables by key, in the order of the workbook's sheets.</summary>
    public static IReadOnlyList<ReportTable> All(TongbaoDocument d) =>
        [Levels(d.Model), Regions(d.Model), PlatformsOf(d.Model), Annex(d), Recheck(d.Model), Strata(d.Model)];

    public static IReadOnlyList<string> Keys { get; } = ["levels", "regions", "platforms", "annex", "recheck", "strata"];

    public static ReportTable? Find(TongbaoDocument d, string key) => All(d).FirstOrDefault(t => t.Key == key);

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
