namespace Media.Cli.Tests.Probe;

/// <summary>
/// The shared saved pages (<c>../shared/fixtures/pages</c> beside the folder holding Media.sln), read in
/// place so the CLI sees the exact bytes the fixture README describes.
/// </summary>
internal static class FixturePages
{
    public const string MpVoice = "wechat-article_detail_mpvoice.html";
    public const string BitseaHistory = "wechat-bitsea-history.html";
    public const string Expired = "wechat-article_detail_expired.html";
    public const string GaokaoCaptcha = "wechat-search-gaokao-gzh-error.html";
    public const string GovWanzai = "gov-wanzai-2022.html";

    /// <summary>The checkout's root: the first folder above the test binaries that holds Media.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

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

    private static string FindFolder()
    {
        var pages = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "pages"));
        return Directory.Exists(pages)
            ? pages
            : throw new InvalidOperationException(
                $"Fixture pages not found at {pages}: the tests expect the shared folder beside the repository (../shared/fixtures/pages).");
    }
}
