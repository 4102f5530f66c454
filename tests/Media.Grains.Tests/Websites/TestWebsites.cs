using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Domain.Websites;
using Media.Grains.Accounts;
using Media.Grains.Websites;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Websites;

/// <summary>A filed website (网站标识码 4401040001) as its account grain holds it, and the readings a probe reports.</summary>
internal static class TestWebsites
{
    public const string Home = "https://www.gz.example.cn/";
    public const string News = "https://www.gz.example.cn/news/";
    public const string Mailbox = "https://www.gz.example.cn/xx/";

    public static AccountState State(AccountStatus status = AccountStatus.Active, params WebsiteColumn[] columns)
    {
        var record = Record(new DateOnly(2020, 1, 1), "website", status) with
        {
            Id = "website:4401040001",
            Handle = "4401040001",
            Website = new WebsiteProfile(Home, "粤ICP备12345678号", "粤公网安备44010402000001号",
                columns.Length == 0 ? [new WebsiteColumn("工作动态", News, ColumnCategories.News, true)] : [.. columns]),
        };
        return new AccountState { Record = record };
    }

    public static WebsiteMonitor Monitor(AccountState state, ContentLexicons? lexicons = null) =>
        new(state, new ViolationBook(state, state.Record!.Id), new WebsiteOptions(), lexicons ?? ContentLexicons.Empty);

    public static SiteColumnReading Reading(string url, string status = "ok", int items = 20, SiteItemRecord? newest = null,
        ImmutableArray<SiteQuestionRecord> questions = default) =>
        new(url, status, null, items, newest, questions.IsDefault ? [] : questions);

    public static SiteProbeReport Probe(DateTimeOffset at, string status = "ok", SiteItemRecord? homeNewest = null,
        ImmutableArray<WebsiteColumn> navigation = default, params SiteColumnReading[] columns) =>
        new(at, status, null, homeNewest, false, new SiteFooterRecord("4401040001", null, null, true, true, true),
            navigation.IsDefault ? [] : navigation, [.. columns]);
}
