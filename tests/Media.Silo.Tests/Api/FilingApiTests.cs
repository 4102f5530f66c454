using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Api;

/// <summary>Filing through the API; the tests share one silo and each files accounts of its own.</summary>
public sealed class FilingApiTests(SiloFactory silo) : IClassFixture<SiloFactory>
{
    private readonly SiloFactory _silo = silo;

    [Fact]
    public async Task Filing_an_account_returns_its_record_with_deadline_and_findings()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();

        var account = await admin.FileAccountAsync(unit, "weibo", "yuexiu123");

        Assert.Equal("weibo:yuexiu123", account["id"]!.GetValue<string>());
        Assert.Equal("active", account["status"]!.GetValue<string>());
        Assert.Equal("2026-11-23", account["filing"]!["deadline"]!.GetValue<string>());
        Assert.Contains(account["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "approval-missing");
    }

    [Fact]
    public async Task Second_account_of_a_unit_on_the_same_platform_is_accepted_with_duplicate_account()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var first = await admin.FileAccountAsync(unit, "douyin");
        var second = await admin.FileAccountAsync(unit, "douyin");

        Assert.DoesNotContain(first["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "duplicate-account");
        Assert.Contains(second["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "duplicate-account");
    }

    [Fact]
    public async Task A_refused_opening_is_not_counted_as_an_account_of_its_unit()
    {
        // The account grain reserves with the unit before the rules refuse a township unit's account without a reason.
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync(level: "township");
        var refused = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "toutiao"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("理由", await MediaClient.FieldErrorAsync(refused, "exceptionReason"), StringComparison.Ordinal);

        var body = MediaClient.OpeningBody(unit, "toutiao");
        body["exceptionReason"] = "因工作需要";
        var filed = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/accounts", body));

        Assert.DoesNotContain(filed["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "duplicate-account");
    }

    [Fact]
    public async Task An_admin_filing_for_a_unit_never_registered_is_told_to_register_it()
    {
        // An admin's filing is not checked before the account grain: it refuses with the API's own message and field.
        using var admin = await _silo.AdminAsync();

        var response = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(TestCodes.Uscc()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("主办单位尚未登记，请先登记单位", await MediaClient.FieldErrorAsync(response, "unitCode"));
    }

    [Fact]
    public async Task Filing_the_same_account_twice_is_a_conflict_and_changes_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        await admin.FileAccountAsync(unit, "wechat", "gh_0123456789ab");

        var again = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "wechat", "gh_0123456789ab"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var record = await admin.GetJsonAsync("/api/accounts/wechat:gh_0123456789ab");
        Assert.Single(record["filings"]!.AsArray());
    }

    [Fact]
    public async Task Closing_then_cancelling_records_both_filings_and_the_status()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit))["id"]!.GetValue<string>();

        var close = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "close", effectiveOn = "2026-11-24" });
        var cancel = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "cancel", effectiveOn = "2026-11-25" });
        var afterCancel = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "close", effectiveOn = "2026-11-25" });

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterCancel.StatusCode);
        var record = await admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.Equal("cancelled", record["status"]!.GetValue<string>());
        Assert.Equal(3, record["filings"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_change_filing_updates_the_profile_and_lists_by_region_find_it()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440303");
        var id = (await admin.FileAccountAsync(unit, "toutiao"))["id"]!.GetValue<string>();

        var change = await admin.PostAsync($"/api/accounts/{id}/filings",
            new { kind = "change", effectiveOn = "2026-11-25", changes = new { name = "罗湖发布" } });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        var list = await admin.GetJsonAsync("/api/accounts?region=440300&q=罗湖");
        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal(id, list["items"]![0]!["id"]!.GetValue<string>());
        var elsewhere = await admin.GetJsonAsync("/api/accounts?region=440100&q=罗湖");
        Assert.Equal(0, elsewhere["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_filing_is_in_the_audit_log_with_actor_and_before_and_after()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit, "kuaishou"))["id"]!.GetValue<string>();
        await admin.PostAsync($"/api/accounts/{id}/filings",
            new { kind = "change", effectiveOn = "2026-11-25", changes = new { name = "新名称" } });

        var audit = (await admin.GetJsonAsync($"/api/accounts/{id}/audit"))["items"]!.AsArray();

        Assert.Equal(2, audit.Count);
        Assert.Equal("account.open", audit[0]!["action"]!.GetValue<string>());
        Assert.Null(audit[0]!["before"]);
        Assert.Equal("admin", audit[1]!["actor"]!.GetValue<string>());
        Assert.Equal("account.change", audit[1]!["action"]!.GetValue<string>());
        Assert.Equal("测试发布", audit[1]!["before"]!["profile"]!["name"]!.GetValue<string>());
        Assert.Equal("新名称", audit[1]!["after"]!["profile"]!["name"]!.GetValue<string>());
    }
    [Fact]
    public async Task An_approval_brought_by_a_change_filing_clears_approval_missing_and_is_kept_in_the_history()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit, "bilibili"))["id"]!.GetValue<string>();

        var response = await admin.PostAsync($"/api/accounts/{id}/filings", new
        {
            kind = "change",
            effectiveOn = "2026-11-25",
            reason = "补录审批",
            changes = new { approval = new { authority = "440100", documentNo = "穗办函〔2026〕9号", approvedOn = "2026-11-18" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.DoesNotContain(record["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "approval-missing");
        Assert.Equal("440100", record["approval"]!["authority"]!.GetValue<string>());
        var change = record["filings"]!.AsArray()[^1]!;
        Assert.Equal("补录审批", change["reason"]!.GetValue<string>());
        Assert.Contains(change["differences"]!.AsArray(), d => d!.ToJsonString(System.Text.Json.JsonSerializerOptions.Web).Contains("440100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_approval_dated_after_the_opening_replaces_approval_missing_by_approval_after_opening()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit, "xiaohongshu"))["id"]!.GetValue<string>();
        var wrong = await admin.PostAsync($"/api/accounts/{id}/filings", new
        {
            kind = "change",
            effectiveOn = "2026-11-25",
            changes = new { approval = new { authority = "440000", documentNo = "粤办函〔2026〕3号", approvedOn = "2026-11-18" } },
        });
        var wrongRules = await RulesAsync(admin, id);

        var late = await admin.PostAsync($"/api/accounts/{id}/filings", new
        {
            kind = "change",
            effectiveOn = "2026-11-25",
            changes = new { approval = new { authority = "440100", documentNo = "穗办函〔2026〕10号", approvedOn = "2026-11-22" } },
        });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        // An authority that is not the prescribed one leaves the account unapproved.
        Assert.Contains("approval-missing", wrongRules);
        var rules = await RulesAsync(admin, id);
        Assert.DoesNotContain("approval-missing", rules);
        Assert.Single(rules, r => r == "approval-after-opening");
    }

    private static async Task<List<string>> RulesAsync(MediaClient client, string id) =>
        [.. (await client.GetJsonAsync($"/api/accounts/{id}"))["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>())];
}
