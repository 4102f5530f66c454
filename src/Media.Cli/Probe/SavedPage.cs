using Media.Cli.CommandLine;
using Media.SurveySheets;
using Media.Probes;

namespace Media.Cli.Probe;

/// <summary>A page saved to disk, read as an extractor input (no HTTP status: the file is the answer).</summary>
internal static class SavedPage
{
    public static async Task<ProbeInput> ReadAsync(string path, TimeProvider clock)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"无法读取文件 {path}：{e.Message}");
        }

        // "Now" anchors relative dates ("3小时前"); for a saved page that is when the operator runs it.
        return new ProbeInput(ChineseText.Decode(bytes), new Uri(Path.GetFullPath(path)), clock.GetUtcNow());
    }
}
