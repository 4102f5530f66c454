using System.Text.Json;

namespace Media.Probes.Extractors;

/// <summary>
/// Loads operator-written extractor definitions. A file is a JSON object mapping each extractor name to
/// its definition (camelCase keys); the extractor is then registered as <c>generic:{name}</c>.
/// </summary>
public static class GenericExtractorDefinitions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads one file; throws <see cref="FormatException"/> naming the file and the bad entry.</summary>
    public static IReadOnlyDictionary<string, GenericExtractorDefinition> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Dictionary<string, GenericExtractorDefinition?>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Dictionary<string, GenericExtractorDefinition?>>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not a valid extractor definition file: {e.Message}", e);
        }

        var definitions = new Dictionary<string, GenericExtractorDefinition>(StringComparer.Ordinal);
        foreach (var (name, definition) in raw ?? [])
        {
            if (definition is null || string.IsNullOrWhiteSpace(definition.ItemXPath)
                || string.IsNullOrWhiteSpace(definition.DateXPath) || string.IsNullOrWhiteSpace(definition.DatePattern))
            {
                throw new FormatException($"{path}: extractor '{name}' needs itemXPath, dateXPath and datePattern.");
            }

            try
            {
                _ = new GenericExtractor(name, definition);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new FormatException($"{path}: {e.Message}", e);
            }

            definitions[name] = definition;
        }

        return definitions;
    }

    /// <summary>Every <c>*.json</c> in a folder (e.g. <c>silo-config/extractors</c>); a name may be defined once.</summary>
    public static IReadOnlyDictionary<string, GenericExtractorDefinition> LoadFolder(string folder)
    {
        var all = new Dictionary<string, GenericExtractorDefinition>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return all;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (name, definition) in Load(file))
            {
                if (!all.TryAdd(name, definition))
                {
                    throw new FormatException($"{file}: extractor '{name}' is defined in more than one file.");
                }
            }
        }

        return all;
    }
}
