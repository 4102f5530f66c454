namespace Media.Domain.Tests;

/// <summary>Finds files shipped in the repository, so tests read the real configuration and not a copy.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Media.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Media.sln above {AppContext.BaseDirectory}.");
    }
}
