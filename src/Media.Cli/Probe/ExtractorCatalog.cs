using Media.Cli.CommandLine;
using Media.Probes;
using Media.Probes.Extractors;

namespace Media.Cli.Probe;

/// <summary>The built-in extractors plus the operator's generic ones, found by the id given to <c>--platform</c>.</summary>
internal static class ExtractorCatalog
{
    /// <summary>Where the silo keeps generic definitions; used when it exists in the working directory.</summary>
    public const string DefaultFolder = "silo-config/extractors";

    public static IExtractor Find(string id, string? folder)
    {
        var registry = ExtractorRegistry.CreateDefault(LoadDefinitions(folder));
        return registry.TryGet(id, out var extractor)
            ? extractor
            : throw new UsageException($"未知的平台或提取器：{id}；可用：{string.Join(", ", registry.Ids.Order(StringComparer.Ordinal))}");
    }

    private static IReadOnlyDictionary<string, GenericExtractorDefinition> LoadDefinitions(string? folder)
    {
        // A folder named on the command line must exist: a typo would otherwise just hide its extractors.
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"提取器定义目录不存在：{folder}");
        }

        try
        {
            return GenericExtractorDefinitions.LoadFolder(folder ?? DefaultFolder);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法加载提取器定义：{e.Message}");
        }
    }
}
