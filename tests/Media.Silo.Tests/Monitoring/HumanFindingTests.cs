using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// Problems found by people count as violations: a failed inspection item opens one with the normal life, and the
/// lists filter by every rule id Media knows.
/// </summary>
public sealed class HumanFindingTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8))),
    };

    private MediaClient _admin = null!;

    public async ValueTask InitializeAsync() => _admin = await _silo.AdminAsync();

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/violations")]
    [InlineData("/api/accounts")]
    public async Task Lists_filter_by_filing_rules_and_refuse_an_unknown_rule(string path)
    {
        foreach (var rule in new[] { "filing-missing", "filing-late", "approval-missing", "no-interaction" })
        {
            var response = await _admin.Http.GetAsync($"{path}?rule={rule}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{rule}: {await response.Content.ReadAsStringAsync()}");
        }

        var unknown = await _admin.Http.GetAsync($"{path}?rule=no-such-rule");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        Assert.Contains("filing-missing", problem["errors"]!["rule"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_inspection_item_opens_a_violation_that_takes_a_notice()
    {
        var unit = await _admin.CreateUnitAsync("440104", "county", "government");
        var account = (await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/accounts",
            MediaClient.OpeningBody(unit, openedOn: "2026-06-01"))))["id"]!.GetValue<string>();
        var created = await _admin.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = "440100", seed = "findings" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sampling = (await MediaClient.ReadJsonAsync(created))["id"]!.GetValue<string>();
        var inspection = new { accountId = account, passed = false, findings = new[] { new { rule = "no-interaction", note = "评论区已关闭" } } };

        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync($"/api/samplings/{sampling}/inspections", inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync($"/api/samplings/{sampling}/inspections", inspection)).StatusCode);

        var listed = await _admin.GetJsonAsync("/api/violations?rule=no-interaction&status=active");
        var violation = Assert.Single(listed["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == account)!;
        Assert.Equal("sampling:" + sampling, violation["source"]!.GetValue<string>());
        Assert.Equal("admin", violation["raisedBy"]!.GetValue<string>());
        Assert.Contains("评论区已关闭", violation["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        var accounts = await _admin.GetJsonAsync("/api/accounts?rule=no-interaction");
        Assert.Contains(accounts["items"]!.AsArray(), a => a!["id"]!.GetValue<string>() == account);

        var notice = await _admin.PostAsync($"/api/violations/{violation["id"]}/notice", new { deadline = "2026-12-06", text = "请开放评论区" });
        var text = await notice.Content.ReadAsStringAsync();
        Assert.True(notice.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("rectifying", JsonNode.Parse(text)!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_supervisor_reports_a_finding_in_its_jurisdiction_and_units_may_not()
    {
        var unit = await _admin.CreateUnitAsync("440104", "county", "government");
        var account = (await _admin.FileAccountAsync(unit))["id"]!.GetValue<string>();
        var supervisor = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
        var stranger = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440300");
        var unitUser = await _admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: unit);
        var body = new { accountId = account, rule = "no-interaction", note = "留言板长期无回复" };

        var invalid = await supervisor.PostAsync("/api/violations", new { accountId = account, rule = "no-such-rule" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("rule") && errors.ContainsKey("note"), errors.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, (await unitUser.PostAsync("/api/violations", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync("/api/violations", body)).StatusCode);
        Assert.Empty((await _admin.GetJsonAsync("/api/violations?rule=no-interaction"))["items"]!.AsArray());

        var reported = await supervisor.PostAsync("/api/violations", body);
        var text = await reported.Content.ReadAsStringAsync();
        Assert.True(reported.StatusCode == HttpStatusCode.Created, text);
        var violation = JsonNode.Parse(text)!;
        Assert.Equal("open", violation["status"]!.GetValue<string>());
        Assert.Equal("report:" + violation["raisedBy"]!.GetValue<string>(), violation["source"]!.GetValue<string>());
        var listed = await unitUser.GetJsonAsync("/api/violations?rule=no-interaction&status=active");
        Assert.Equal(violation["id"]!.GetValue<string>(), Assert.Single(listed["items"]!.AsArray())!["id"]!.GetValue<string>());
    }
}
