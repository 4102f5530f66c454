using Media.Domain.Units;

namespace Media.Silo.Tests.Robustness;

/// <summary>Strings of the right JSON type that no field of their kind may accept.</summary>
internal static class BadValues
{
    public static readonly string[] Dates =
    [
        "2026-02-30", "20261120", "yesterday", "0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31",
        "2026-11-20T00:00:00+08:00", "2026/11/20", "26-11-20", "2026-13-01", "2026-11-32", " 2026-11-20",
        "２０２６-１１-２０", "2026-11-20\u0000", "-2026-11-20",
    ];

    public static readonly string[] Platforms =
        ["Weibo", "wechat ", "twitter", "微博", "WEIBO", "weibo\u0000", "we\u200bibo", "weibo:x", "other "];

    /// <summary>
    /// A sheet row names its platform as people write it (微博, Weibo, "wechat "): those spellings are accepted there, so
    /// only names that are no platform at all are bad.
    /// </summary>
    public static readonly string[] SheetPlatforms =
        ["twitter", "推特", "weibo\u0000", "we\u200bibo", "weibo:x", "微博号", "website"];

    public static readonly string[] Regions =
        ["44010", "4401040", "44O104", "000000", "830000", "440012", "４４０１０４", "440104\u0000", "abcdef", "-44010"];

    public static readonly string[] Emails =
    [
        "not-an-email", "a@b", "@example.cn", "a b@example.cn", "a@@example.cn", "a@example..cn", "张三@例子",
        new string('a', 250) + "@x.cn",
    ];

    public static readonly string[] Phones =
    [
        "12345", "138001380000", "1380013800", "020-0123456", "02012345678", "１３８００１３８０００", "+86 13800138000",
        "13800138000\u0000", "138-0013-8000", "12800138000",
    ];

    public static readonly string[] Urls =
    [
        "ftp://example.cn/", "javascript:alert(1)", "not a url", "http://", "//example.cn/x", "", "file:///etc/passwd",
        "https://" + new string('a', 2050) + ".cn",
    ];

    public static readonly string[] Handles =
        ["a b", "a:b", "<script>", new string('h', 129), "h\u0000", "h\u202Eh", "h/x", "h?x", "h#x", "%2e%2e"];

    public static readonly string[] Usernames =
        ["ab", "has space", "名字", new string('a', 33), "-abc", "_abc", "abc!", "abc\u0000", "a/b"];

    public static readonly string[] Passwords = ["short", "1234567", new string('p', 129)];

    public static readonly string[] Roles = ["Admin", "root", "supervisor ", "SUPERVISOR", "管理员", "unit\u0000"];

    public static readonly string[] Levels = ["County", "village", "0", "county ", "县级"];

    public static readonly string[] Kinds = ["Government", "agency", "1", "government\u200b"];

    public static readonly string[] FilingKinds = ["Change", "open", "delete", "CANCEL", "变更", "close\u0000"];

    public static readonly string[] Authorities = ["44", "440100x", "省委办公厅", "830000", "4401", "440012"];

    /// <summary>Blank and over-long values for a free-text field of at most <paramref name="max"/> characters.</summary>
    public static string[] Text(int max) => ["", "   ", "\t\r\n", new string('名', max + 1)];

    /// <summary>
    /// Unified social credit codes that are wrong in each way the check can find: check characters, length,
    /// alphabet (I, O, S, V, Z), full-width digits, control characters. Built from a valid code of the region.
    /// </summary>
    public static string[] UnitCodes(Random random, string region)
    {
        var valid = ValidCode(random, region);
        var last = valid[^1];
        var wrongLast = UnifiedSocialCreditCode.Charset.First(c => c != last);
        var wrongOrg = UnifiedSocialCreditCode.Charset.First(c => c != valid[16]);
        return
        [
            valid[..^1] + wrongLast,
            valid[..16] + wrongOrg + valid[17],
            valid[..^1],
            valid + "0",
            valid[..^1] + "I",
            "O" + valid[1..],
            valid[..10] + "S" + valid[11..],
            string.Concat(valid.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c)),
            valid[..9] + "\u0000" + valid[10..],
            valid[..9] + "\u202E" + valid[9..],
            "11AB0104MA5XXXXXXX",
            "null",
        ];
    }

    /// <summary>A valid code of a government organ in <paramref name="region"/>, drawn from the seeded generator.</summary>
    public static string ValidCode(Random random, string region)
    {
        var body = random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "11" + region + body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
