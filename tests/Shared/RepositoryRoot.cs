namespace Media.Testing;

/// <summary>
/// The checkout's root (the first folder above the test binaries that holds Media.sln), so tests read the
/// repository's own configuration and test data wherever the clone sits. Linked into every test project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository, e.g. <c>File("silo-config", "sql")</c>.</summary>
    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Media.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Media.sln not found above " + AppContext.BaseDirectory);
    }
}
