using Media.Cli.CommandLine;
using Media.SurveySheets;

namespace Media.Cli.Import;

/// <summary>Reads a survey sheet from a .csv or .xlsx file, chosen by the file's extension.</summary>
internal static class SheetFile
{
    public static async Task<RawSheet> ReadAsync(string path)
    {
        if (SheetReader.RefuseName(path) is { } refused)
        {
            throw new UsageException(refused);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"找不到文件：{path}");
        }

        try
        {
            return await SheetReader.ReadAsync(path, await File.ReadAllBytesAsync(path));
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
