using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Grains.Tests.Accounts;

/// <summary>Accounts, posts and violations as the grains hold them, built with the few values a test cares about.</summary>
internal static class TestAccounts
{
    public static readonly ContactPerson Responsible = new("张三", "13800000000", "zhangsan@example.cn");

    /// <summary>An instant given in Beijing time (UTC+8), as every rule reads dates.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static AccountSnapshot Record(DateOnly openedOn, string platform = "weibo", AccountStatus status = AccountStatus.Active,
        bool interaction = true) =>
        new($"{platform}:gz-gov", platform, "gz-gov", "U1", "440104",
            new AccountProfile("广州发布", "https://weibo.example.cn/gz", null, interaction, Responsible, null),
            openedOn, null, null, status, [], ImmutableArray<FindingRecord>.Empty);

    public static Grains.Accounts.AccountState State(AccountSnapshot record) => new() { Record = record };

    /// <summary>A successful probe that found no post: Media has observed the account (SPEC §3.3) and saw it silent.</summary>
    public static ProbeReport ReadWithoutPosts(DateTimeOffset at) => new("ok", null, [], null, at, false);

    public static IncomingPost Post(string id, DateTimeOffset publishedAt, string? title = "日常发布", string? text = null) =>
        new(id, publishedAt, title, text, null, false, null, null, null, null);

    public static ViolationRecord Violation(ViolationStatus status, string rule = "no-update-2w", Rectification? rectification = null) =>
        new("weibo:gz-gov~1", "weibo:gz-gov", rule, Beijing(2026, 11, 1, 2), status, "证据", null, null, null, rectification);
}
