using Media.Cli.CommandLine;

namespace Media.Cli.Import;

/// <summary>Reads a survey sheet from a .csv or .xlsx file, chosen by the file's extension.</summary>
internal static class SheetFile
{
    public static async Task<RawSheet> ReadAsync(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            throw new UsageException(extension == ".xls"
                ? "不支持旧的 .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV"
                : $"文件须为 .csv 或 .xlsx：{path}");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"找不到文件：{path}");
        }

        try
        {
            return extension == ".csv"
                ? CsvSheet.Read(await File.ReadAllBytesAsync(path))
                : await XlsxSheet.ReadAsync(path);
        }
        catch (IOException e)
        {
            throw new UsageException($"无法读取文件 {path}：{e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException($"无法读取文件 {path}：{e.Message}");
        }
    }
}
