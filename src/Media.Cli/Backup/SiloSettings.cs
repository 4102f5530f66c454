using System.Text.Json;

namespace Media.Cli.Backup;

/// <summary>
/// Where the silo on this machine keeps its store, found as the silo finds it: the command line, then the environment
/// (<c>Media__DataDir</c>, <c>Media__Profile</c>, <c>ConnectionStrings__Postgres</c>), then <c>silo-config/media.json</c>
/// in the current directory, then the silo's defaults (<c>./data</c>, embedded).
/// </summary>
internal sealed record SiloSettings(string Profile, string DataDirectory, string? Postgres)
{
    public const string DatabaseFileName = "media.db";

    public string DatabaseFile => Path.Combine(DataDirectory, DatabaseFileName);

    public static SiloSettings Find(string? dataDir, string? profile, CliEnvironment env)
    {
        var file = ReadConfigFile(Path.Combine("silo-config", "media.json"));
        var chosenProfile = profile ?? env.Variable("Media__Profile") ?? file.Profile ?? "embedded";
        var chosenDir = dataDir ?? env.Variable("Media__DataDir") ?? file.DataDir ?? "./data";
        return new SiloSettings(chosenProfile, Path.GetFullPath(chosenDir), env.Variable("ConnectionStrings__Postgres"));
    }

    private static (string? Profile, string? DataDir) ReadConfigFile(string path)
    {
        if (!File.Exists(path))
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!document.RootElement.TryGetProperty("Media", out var media))
        {
            return (null, null);
        }

        return (Text(media, "Profile"), Text(media, "DataDir"));
    }

    private static string? Text(JsonElement section, string name) =>
        section.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
