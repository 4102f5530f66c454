namespace Media.Silo.Hosting;

/// <summary>
/// Finds <c>silo-config/</c>: named by <c>Media:ConfigDir</c>, else the one in the working directory (what an
/// operator edits), else the copy built next to the binaries.
/// </summary>
public static class SiloConfigDirectory
{
    public const string Key = "Media:ConfigDir";

    public static string Find(IConfiguration configuration)
    {
        var candidates = new[]
        {
            configuration[Key],
            Path.Combine(Directory.GetCurrentDirectory(), "silo-config"),
            Path.Combine(AppContext.BaseDirectory, "silo-config"),
        };
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate) && File.Exists(Path.Combine(candidate, "media.json")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException(
            "silo-config/media.json was not found in Media:ConfigDir, the working directory or next to the binaries.");
    }
}
