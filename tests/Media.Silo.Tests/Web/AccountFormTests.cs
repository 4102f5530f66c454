using System.Net;
using System.Text.Json.Nodes;
using Media.Domain.Accounts;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Web;

/// <summary>
/// The opening and change forms carry the whole filing the API takes, a change keeps what it does not name, and every
/// message sits beside its own field (SPEC §3.1, §5.5). Today is Beijing 2026-11-26 on the silo's clock.
/// </summary>
public sealed class AccountFormTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private SiloFactory Silo => shared.Silo;

    [Fact]
    public async Task A_city_department_s_opening_with_the_city_office_s_approval_has_no_approval_missing()
    {
        using var admin = await Silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440100", "city", "department");
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var approved = await form.PostAsync("/accounts/new", Opening(unit, "approvedform", new()
        {
            ["Approval.Authority"] = "440100", ["Approval.DocumentNo"] = "穗府办函〔2026〕88号", ["Approval.ApprovedOn"] = "2026-11-20",
            ["Operator.Name"] = "广州某信息科技有限公司", ["Operator.Contact"] = "王五 020-12345678",
            ["FeedUrl"] = "https://weibo.example.cn/approvedform/feed",
        }));
        var unapproved = await form.PostAsync("/accounts/new", Opening(unit, "unapprovedform", new()));

        Assert.Equal("/accounts/weibo%3Aapprovedform?filed=open", approved.Location);
        var record = await admin.GetJsonAsync("/api/accounts/weibo:approvedform");
        Assert.DoesNotContain("approval-missing", Rules(record));
        Assert.Equal("440100", record["approval"]!["authority"]!.GetValue<string>());
        Assert.Equal("广州某信息科技有限公司", record["operator"]!["name"]!.GetValue<string>());
        Assert.Equal("https://weibo.example.cn/approvedform/feed", record["feedUrl"]!.GetValue<string>());
        // Without the approval the same unit's opening gets the finding: the rule applies here, the form answered it.
        Assert.NotNull(unapproved.Location);
        Assert.Contains("approval-missing", Rules(await admin.GetJsonAsync("/api/accounts/weibo:unapprovedform")));

        var page = await form.ReadAsync(approved.Location!);
        Assert.Contains("开设备案已提交", page, StringComparison.Ordinal);
        Assert.Contains("广州市人民政府办公室 穗府办函〔2026〕88号（2026-11-20）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_opening_form_shows_each_message_beside_its_own_field_and_files_nothing()
    {
        using var admin = await Silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440100", "city", "department");
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var (location, html) = await form.PostAsync("/accounts/new", Opening(unit, "badfields", new()
        {
            ["ResponsiblePhone"] = "12345", ["ResponsibleEmail"] = "张三 <zhang@example.cn>",
            ["Approval.Authority"] = "440100", ["Approval.ApprovedOn"] = "2026/11/20", ["FeedUrl"] = "feed.example.cn",
        }));

        Assert.Null(location);
        Assert.StartsWith("电话号码格式不正确", PageForm.ErrorBeside(html, "responsiblePhone"), StringComparison.Ordinal);
        Assert.StartsWith("电子邮箱格式不正确", PageForm.ErrorBeside(html, "responsibleEmail"), StringComparison.Ordinal);
        Assert.Equal("", PageForm.ErrorBeside(html, "responsibleName"));
        Assert.Equal("不能为空", PageForm.ErrorBeside(html, "approvalDocumentNo"));
        Assert.StartsWith("日期格式应为", PageForm.ErrorBeside(html, "approvalApprovedOn"), StringComparison.Ordinal);
        Assert.StartsWith("网址应为", PageForm.ErrorBeside(html, "feedUrl"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/api/accounts/weibo:badfields")).StatusCode);
    }

    [Fact]
    public async Task A_change_of_the_phone_alone_keeps_the_rest_and_the_history_shows_the_old_and_new_numbers()
    {
        using var admin = await Silo.AdminAsync();
        var id = (await admin.FileAccountAsync(await admin.CreateUnitAsync(), "weibo"))["id"]!.GetValue<string>();
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var (location, _) = await form.PostAsync($"/accounts/{id}/filing", new Dictionary<string, string>
        {
            ["Kind"] = "change", ["EffectiveOn"] = "2026-11-25", ["Reason"] = "负责人换用新号码", ["ResponsiblePhone"] = "13900139000",
        });

        Assert.Equal($"/accounts/{Uri.EscapeDataString(id)}?filed=change", location);
        var record = await admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.Equal(("张三", "13900139000", "zhang@example.cn"), Person(record));
        Assert.Equal("测试发布", record["name"]!.GetValue<string>());
        var page = await form.ReadAsync(location!);
        Assert.Contains("变更备案已提交", page, StringComparison.Ordinal);
        Assert.Contains("负责人电话：13800138000 → 13900139000", page, StringComparison.Ordinal);
        Assert.Contains("负责人换用新号码", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_filing_adds_the_approval_the_opening_lacked()
    {
        using var admin = await Silo.AdminAsync();
        var id = (await admin.FileAccountAsync(await admin.CreateUnitAsync("440100", "city", "department"), "weibo"))["id"]!.GetValue<string>();
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var (location, _) = await form.PostAsync($"/accounts/{id}/filing", new Dictionary<string, string>
        {
            ["Kind"] = "change", ["EffectiveOn"] = "2026-11-26",
            ["Approval.Authority"] = "440100", ["Approval.DocumentNo"] = "穗府办函〔2026〕90号", ["Approval.ApprovedOn"] = "2026-11-18",
        });

        Assert.NotNull(location);
        var approval = (await admin.GetJsonAsync($"/api/accounts/{id}"))["approval"]!;
        Assert.Equal(("440100", "穗府办函〔2026〕90号"), (approval["authority"]!.GetValue<string>(), approval["documentNo"]!.GetValue<string>()));
        var page = await form.ReadAsync(location!);
        Assert.Contains("审批机关：（无） → 广州市人民政府办公室", page, StringComparison.Ordinal);
        Assert.Contains("审批文号：（无） → 穗府办函〔2026〕90号", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_form_puts_each_message_beside_its_field_and_changes_nothing()
    {
        using var admin = await Silo.AdminAsync();
        var id = (await admin.FileAccountAsync(await admin.CreateUnitAsync(), "weibo"))["id"]!.GetValue<string>();
        var before = (await admin.GetJsonAsync($"/api/accounts/{id}")).ToJsonString();
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var (fieldsLocation, fields) = await form.PostAsync($"/accounts/{id}/filing", new Dictionary<string, string>
        {
            ["Kind"] = "change", ["EffectiveOn"] = "2026-11-25", ["ResponsiblePhone"] = "1390013", ["ResponsibleEmail"] = "not-an-address",
            ["Approval.DocumentNo"] = "穗府办函〔2026〕91号",
        });
        var (earlyLocation, early) = await form.PostAsync($"/accounts/{id}/filing", Change("2026-11-19"));
        var (futureLocation, future) = await form.PostAsync($"/accounts/{id}/filing", Change("2026-11-27"));

        Assert.Equal((null, null, null), (fieldsLocation, earlyLocation, futureLocation));
        Assert.StartsWith("电话号码格式不正确", PageForm.ErrorBeside(fields, "responsiblePhone"), StringComparison.Ordinal);
        Assert.StartsWith("电子邮箱格式不正确", PageForm.ErrorBeside(fields, "responsibleEmail"), StringComparison.Ordinal);
        Assert.Equal("", PageForm.ErrorBeside(fields, "responsibleName"));
        Assert.StartsWith("审批机关须为", PageForm.ErrorBeside(fields, "approvalAuthority"), StringComparison.Ordinal);
        Assert.Equal("生效日期 2026-11-19 早于账号开设日期 2026-11-20", PageForm.ErrorBeside(early, "effectiveOn"));
        Assert.StartsWith("生效日期 2026-11-27 晚于今日（2026-11-26，北京时间）", PageForm.ErrorBeside(future, "effectiveOn"), StringComparison.Ordinal);
        Assert.Equal(before, (await admin.GetJsonAsync($"/api/accounts/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Through_the_API_a_change_of_one_detail_of_the_person_keeps_the_others_and_the_filing_keeps_before_and_after()
    {
        using var admin = await Silo.AdminAsync();
        var id = (await admin.FileAccountAsync(await admin.CreateUnitAsync(), "weibo"))["id"]!.GetValue<string>();

        var response = await admin.PostAsync($"/api/accounts/{id}/filings",
            new { kind = "change", effectiveOn = "2026-11-26", changes = new { responsible = new { email = "lisi@example.cn" } } });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var record = await admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.Equal(("张三", "13800138000", "lisi@example.cn"), Person(record));
        var change = record["filings"]!.AsArray()[^1]!;
        Assert.Equal("""[{"field":"responsible.email","before":"zhang@example.cn","after":"lisi@example.cn"}]""", change["differences"]!.ToJsonString());
    }

    [Fact]
    public async Task A_WeChat_handle_must_be_the_gh_original_id_through_the_API_and_the_form()
    {
        using var admin = await Silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        using var form = await PageForm.SignInAsync(Silo, "admin", SiloFactory.AdminPassword);

        var api = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "wechat", "gdfabu"));
        var (location, html) = await form.PostAsync("/accounts/new", Opening(unit, "gdfabuform", new() { ["Platform"] = "wechat" }));
        var original = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "wechat", "gh_3a1b2c3d4e5f"));

        Assert.Equal(PlatformHandles.WeChatMessage, await MediaClient.FieldErrorAsync(api, "handle"));
        Assert.Null(location);
        Assert.Equal(PlatformHandles.WeChatMessage, PageForm.ErrorBeside(html, "handle"));
        Assert.Equal(HttpStatusCode.Created, original.StatusCode);
    }

    private static Dictionary<string, string> Opening(string unit, string handle, Dictionary<string, string> more)
    {
        var fields = new Dictionary<string, string>
        {
            ["UnitCode"] = unit, ["Platform"] = "weibo", ["Handle"] = handle, ["Name"] = "表单备案" + handle, ["OpenedOn"] = "2026-11-24",
            ["Interaction"] = "true", ["ResponsibleName"] = "李四", ["ResponsiblePhone"] = "13800138000", ["ResponsibleEmail"] = "lisi@example.cn",
        };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    private static Dictionary<string, string> Change(string effectiveOn) =>
        new() { ["Kind"] = "change", ["EffectiveOn"] = effectiveOn, ["ResponsiblePhone"] = "13900139000" };

    private static (string, string, string) Person(JsonObject record)
    {
        var person = record["responsible"]!;
        return (person["name"]!.GetValue<string>(), person["phone"]!.GetValue<string>(), person["email"]!.GetValue<string>());
    }

    private static string[] Rules(JsonObject record) => [.. record["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>())];
}
