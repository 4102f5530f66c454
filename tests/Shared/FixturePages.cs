namespace Media.Testing;

/// <summary>
/// The saved public pages in <c>tests/fixtures/pages</c> (their sources are listed in tests/fixtures/README.md),
/// read in place so every test sees the exact bytes the README describes.
/// </summary>
internal static class FixturePages
{
    public const string MpVoice = "wechat-article_detail_mpvoice.html";
    public const string BitseaHistory = "wechat-bitsea-history.html";
    public const string Expired = "wechat-article_detail_expired.html";
    public const string GaokaoCaptcha = "wechat-search-gaokao-gzh-error.html";
    public const string GovWanzai = "gov-wanzai-2022.html";
    public const string GovHandan = "gov-handan-xxgk-2020.html";
    public const string GovWeifang = "gov-weifang-rsks-2018.html";

    public static string Folder { get; } = RepositoryRoot.File("tests", "fixtures", "pages");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
