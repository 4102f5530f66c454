using CsvHelper;

namespace Media.SurveySheets;

/// <summary>
/// Reads CSV survey sheets. Chinese Excel saves "CSV (逗号分隔)" in GBK unless told otherwise, so a file
/// that is not valid UTF-8 is read as GB18030 (a superset of GBK) instead of showing garbled names.
/// </summary>
public static class CsvSheet
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        // Blank lines are rows in Excel too; keeping them keeps row numbers the same as Excel's.
        SkipEmptyLines = false,
        // A stray quote would otherwise be "recovered" by swallowing the following rows into one field.
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static RawSheet Read(byte[] bytes)
    {
        using var reader = CsvReader.FromText(ChineseText.Decode(bytes), Options);
        string?[]? headers = null;
        var rows = new List<RawRow>();
        try
        {
            while (reader.Read())
            {
                var record = reader.Current.ToArray();
                if (headers is null)
                {
                    headers = record;
                }
                else
                {
                    rows.Add(new RawRow(rows.Count + RawRow.FirstNumber, record));
                }
            }
        }
        catch (CsvFormatException)
        {
            var where = headers is null ? "表头" : $"第 {rows.Count + RawRow.FirstNumber} 行";
            return new RawSheet(headers ?? [], rows, $"{where}的引号不成对或引号后还有内容，无法读取");
        }

        return new RawSheet(headers ?? [], rows);
    }
}
