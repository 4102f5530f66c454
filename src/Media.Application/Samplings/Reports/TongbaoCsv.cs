using System.Text;

namespace Media.Application.Samplings.Reports;

/// <summary>
/// One table of the 通报 per CSV file, chosen with <c>table=</c> (the annex of failing accounts by default): one
/// header, one shape, so any reader takes it as it is. A draft's file starts with one line saying 草稿.
/// </summary>
public static class TongbaoCsv
{
    public const string DefaultTable = "annex";

    public static byte[]? Write(TongbaoDocument d, string? table)
    {
        if (ReportTable.Find(d, table ?? DefaultTable) is not { } found)
        {
            return null;
        }

        var text = new StringBuilder();
        if (d.Model.Draft)
        {
            text.Append(ReportCells.Csv($"{TongbaoDocument.DraftMark}：尚有{d.Model.Uninspected}个账号未检查，数据可能变化")).Append("\r\n");
        }

        foreach (var row in found.Rows.Prepend(found.Headers.Cast<object?>().ToArray()))
        {
            text.Append(string.Join(',', row.Select(c => ReportCells.Csv(ReportCellText.Of(c))))).Append("\r\n");
        }

        // With a BOM, so Excel opens the Chinese text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
