using System.Globalization;
using System.Text.Json.Nodes;
using static Media.Silo.Tests.Robustness.FieldSpec;

namespace Media.Silo.Tests.Robustness;

/// <summary>Valid bodies of the account endpoints: opening, change and close filings, and imports.</summary>
internal static partial class BodyTemplates
{
    public static BodyTemplate Accounts(string unitCode) => new("account", "/api/accounts", r => new JsonObject
    {
        ["unitCode"] = unitCode,
        ["platform"] = "weibo",
        ["handle"] = "m" + r.Next().ToString("x8", CultureInfo.InvariantCulture),
        ["name"] = "越秀发布",
        ["url"] = "https://weibo.com/yuexiu",
        ["feedUrl"] = "https://example.cn/feed.xml",
        ["openedOn"] = "2026-11-20",
        ["interaction"] = true,
        ["responsible"] = Contact(),
        ["operator"] = new JsonObject { ["name"] = "广州某文化传播有限公司", ["contact"] = "020-12345678" },
        ["approval"] = new JsonObject { ["authority"] = "440100", ["documentNo"] = "穗办函〔2026〕1号", ["approvedOn"] = "2026-11-01" },
        ["exceptionReason"] = "因工作需要",
    },
    [
        Text("unitCode", true, [.. BadValues.UnitCodes(new Random(4), "440104"), BadValues.ValidCode(new Random(5), "440104")]),
        Text("platform", true, BadValues.Platforms),
        Text("handle", true, BadValues.Handles),
        Text("name", true, BadValues.Text(100)),
        Text("url", false, BadValues.Urls),
        Text("feedUrl", false, BadValues.Urls),
        Text("openedOn", true, BadValues.Dates),
        Flag("interaction", true),
        Object("responsible", true),
        Text("responsible.name", true, BadValues.Text(50)),
        Text("responsible.phone", true, BadValues.Phones),
        Text("responsible.email", true, BadValues.Emails),
        Object("operator", false),
        Text("operator.name", true, BadValues.Text(100)),
        Text("operator.contact", false, BadValues.Text(100)),
        Object("approval", false),
        Text("approval.authority", true, BadValues.Authorities),
        Text("approval.documentNo", true, BadValues.Text(100)),
        Text("approval.approvedOn", true, BadValues.Dates),
        Text("exceptionReason", false, BadValues.Text(500)),
    ]);

    public static BodyTemplate Changes(string accountId) => new("change filing", $"/api/accounts/{accountId}/filings", _ => new JsonObject
    {
        ["kind"] = "change",
        ["effectiveOn"] = "2026-11-25",
        ["reason"] = "更换运维单位",
        ["changes"] = new JsonObject
        {
            ["name"] = "越秀发布（新）",
            ["url"] = "https://weibo.com/yuexiu2",
            ["feedUrl"] = "https://example.cn/rss.xml",
            ["interaction"] = false,
            ["responsible"] = Contact(),
            ["operator"] = new JsonObject { ["name"] = "广州另一文化公司", ["contact"] = "020-87654321" },
            ["approval"] = new JsonObject { ["authority"] = "440100", ["documentNo"] = "穗办函〔2026〕2号", ["approvedOn"] = "2026-11-02" },
        },
    },
    [
        Text("kind", true, [.. BadValues.FilingKinds, "close "]),
        Text("effectiveOn", true, BadValues.Dates),
        Text("reason", false, BadValues.Text(500)),
        Object("changes", true),
        Text("changes.name", false, BadValues.Text(100)),
        Text("changes.url", false, BadValues.Urls),
        Text("changes.feedUrl", false, BadValues.Urls),
        Flag("changes.interaction", false),
        Object("changes.responsible", false),
        // A change names only the person's details that changed (issue 20), so each may be left out.
        Text("changes.responsible.name", false, BadValues.Text(50)),
        Text("changes.responsible.phone", false, BadValues.Phones),
        Text("changes.responsible.email", false, BadValues.Emails),
        Object("changes.operator", false),
        Text("changes.operator.name", true, BadValues.Text(100)),
        Text("changes.operator.contact", false, BadValues.Text(100)),
        Object("changes.approval", false),
        Text("changes.approval.authority", true, BadValues.Authorities),
        Text("changes.approval.documentNo", true, BadValues.Text(100)),
        Text("changes.approval.approvedOn", true, BadValues.Dates),
    ]);

    public static BodyTemplate Closing(string accountId) => new("close filing", $"/api/accounts/{accountId}/filings", _ => new JsonObject
    {
        ["kind"] = "close",
        ["effectiveOn"] = "2026-11-26",
        ["reason"] = "停止运营",
    },
    [
        Text("kind", true, BadValues.FilingKinds),
        Text("effectiveOn", true, BadValues.Dates),
        Text("reason", false, BadValues.Text(500)),
        Object("changes", false, emptyIsInvalid: false),
    ]);

    /// <summary>One account row, filed for real (not a dry run), so a mutation let through would show.</summary>
    public static BodyTemplate Imports(string unitCode)
    {
        var account = Accounts(unitCode);
        return new("import", "/api/imports/accounts", r => new JsonObject
        {
            ["rows"] = new JsonArray(account.Create(r)),
            ["dryRun"] = false,
        },
        [
            List("rows", true, "[]", "[null]", "[{}]", "[" + string.Join(",", Enumerable.Repeat("null", 10_001)) + "]"),
            Flag("dryRun", false),
            .. account.Fields.Select(f => f.Path == "platform" ? f with { Invalid = BadValues.SheetPlatforms } : f).Select(f => f.Under("rows[0]")),
        ]);
    }

    private static JsonObject Contact() =>
        new() { ["name"] = "张三", ["phone"] = "13800138000", ["email"] = "zhang@example.cn" };
}
