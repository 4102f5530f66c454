namespace Media.SurveySheets;

/// <summary>Reads a survey sheet's bytes as CSV or XLSX, chosen by the file name's extension.</summary>
public static class SheetReader
{
    /// <summary>Why a file of this name is not read (an .xls, an unknown extension), or null when it is.</summary>
    public static string? RefuseName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".xlsx" => null,
            ".xls" => "不支持旧的 .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV",
            _ => $"文件须为 .csv 或 .xlsx：{fileName}",
        };
    }

    /// <summary>The sheet in <paramref name="bytes"/>; a damaged XLSX is a sheet with a <see cref="RawSheet.Problem"/>.</summary>
    public static async Task<RawSheet> ReadAsync(string fileName, byte[] bytes)
    {
        if (Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CsvSheet.Read(bytes);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await XlsxSheet.ReadAsync(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException)
        {
            return new RawSheet([], [], "不是有效的 .xlsx 文件（可能已损坏，或是改了扩展名的其他文件），请在 Excel 中另存后重试");
        }
    }
}
