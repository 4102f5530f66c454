using Media.Application.Tables;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// One table of the 通报 per CSV file, chosen with <c>table=</c> (the annex of failing accounts by default): one
/// header, one shape, so any reader takes it as it is. A draft's file starts with one line saying 草稿.
/// </summary>
public static class TongbaoCsv
{
    public const string DefaultTable = "annex";

    public static byte[]? Write(TongbaoDocument d, string? table) =>
        ReportTable.Find(d, table ?? DefaultTable) is { } found
            ? TableCsv.Write(found, d.Model.Draft ? $"{TongbaoDocument.DraftMark}：尚有{d.Model.Uninspected}个账号未检查，数据可能变化" : null)
            : null;
}
