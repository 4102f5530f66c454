using Media.Application.Tables;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// The 通报's figures as a workbook: a summary sheet (项目/数值) and one sheet per table, numbers as numbers,
/// pass rates as fractions with a percent format, column widths set (the writing itself is <see cref="TableXlsx"/>).
/// </summary>
public static class TongbaoXlsx
{
    public static byte[] Write(TongbaoDocument d) =>
        TableXlsx.Write([new ReportTable("summary", "汇总", ["项目", "数值"], [20, 16], Summary(d.Model)), .. ReportTable.All(d)]);

    private static List<object?[]> Summary(Domain.Sampling.Reports.Tongbao t) =>
    [
        ["状态", t.Draft ? TongbaoDocument.DraftMark : "定稿"],
        ["季度", t.QuarterName],
        ["地区", t.RegionName],
        ["在运行账号数", t.Population],
        ["抽查比例", new RateCell(t.Ratio)],
        ["样本数", t.SampleSize],
        ["抽查数", t.Checked],
        ["不合格数", t.Failed],
        ["合格率", new RateCell(t.PassRate)],
        ["上季度合格率", new RateCell(t.PreviousPassRate)],
        ["环比（百分点）", t.DeltaPoints],
        ["未检查数", t.Uninspected],
        ["随机种子", t.Appendix.Seed],
        .. ReportTable.HasWebsites(t) ? Websites(t.Websites) : [],
    ];

    private static List<object?[]> Websites(Domain.Sampling.Reports.TongbaoWebsites w) =>
    [
        ["政府网站在运行数", w.Population],
        ["政府网站样本数", w.SampleSize],
        ["政府网站抽查数", w.Checked],
        ["政府网站不合格数", w.Failed],
        ["政府网站合格率", new RateCell(w.PassRate)],
        ["含未确认分值的网站数", w.UnconfirmedScores],
    ];
}
