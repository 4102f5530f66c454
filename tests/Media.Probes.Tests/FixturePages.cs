namespace Media.Probes.Tests;

/// <summary>
/// The shared saved pages (<c>../shared/fixtures/pages</c> next to the repository), read in place: they
/// are copied nowhere, so a test always sees the exact bytes the fixture README describes.
/// </summary>
internal static class FixturePages
{
    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Media.sln")))
            {
                var pages = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "pages"));
                return Directory.Exists(pages)
                    ? pages
                    : throw new InvalidOperationException(
                        $"Fixture pages not found at {pages}: the tests expect the shared folder beside the repository (../shared/fixtures/pages).");
            }
        }

        throw new InvalidOperationException($"No Media.sln above {AppContext.BaseDirectory}, so ../shared/fixtures/pages cannot be located.");
    }
}
