using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Audit;

/// <summary>Administrative actions leave audit rows with their actor, action, target and what changed, and the log verifies.</summary>
public sealed class AdminAuditTests : IAsyncLifetime
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

    [Fact]
    public async Task Creating_a_user_is_audited_without_its_password_or_hash()
    {
        var response = await _admin.PostAsync("/api/users", new
        {
            username = "auditee", password = "Filing-Desk-2026", role = "supervisor", regionCode = "440100",
            email = "auditee@example.cn", displayName = "审计对象",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var row = Assert.Single(await ReadAsync("user:auditee"));

        Assert.Equal(("admin", "user.create", (string?)null), (row.Actor, row.Action, row.Before));
        var after = JsonNode.Parse(row.After!)!;
        Assert.Equal("supervisor", after["role"]!.GetValue<string>());
        Assert.Equal("auditee@example.cn", after["email"]!.GetValue<string>());
        Assert.DoesNotContain("Filing-Desk-2026", row.After, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", row.After, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("password", row.After, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Registering_a_unit_is_audited_with_the_unit_as_filed()
    {
        var code = await _admin.CreateUnitAsync("440104", "county", "government");

        var row = Assert.Single(await ReadAsync("unit:" + code));

        Assert.Equal(("admin", "unit.create"), (row.Actor, row.Action));
        Assert.Equal(code, JsonNode.Parse(row.After!)!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sampling_and_each_inspection_are_audited_and_a_second_inspection_shows_the_first_as_before()
    {
        var unit = await _admin.CreateUnitAsync("440105", "county", "government");
        var account = (await _admin.FileAccountAsync(unit))["id"]!.GetValue<string>();
        var created = await _admin.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = "440105", ratio = 1m, seed = "audit" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await MediaClient.ReadJsonAsync(created))["id"]!.GetValue<string>();
        var path = $"/api/samplings/{id}/inspections";
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync(path, new { accountId = account, passed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync(path, new
        {
            accountId = account, passed = false, findings = new[] { new { rule = "no-update-2w", note = "两周未更新" } },
        })).StatusCode);

        var rows = await ReadAsync("sampling:" + id);

        Assert.Equal(["sampling.create", "sampling.inspect", "sampling.inspect"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("admin", r.Actor));
        Assert.Contains(account, rows[0].After, StringComparison.Ordinal);
        Assert.Null(rows[1].Before);
        Assert.True(JsonNode.Parse(rows[2].Before!)!["passed"]!.GetValue<bool>());
        Assert.False(JsonNode.Parse(rows[2].After!)!["passed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_log_these_actions_leave_verifies_and_only_admins_may_ask()
    {
        var unit = await _admin.CreateUnitAsync("440106", "county", "government");
        using var supervisor = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
        await _admin.FileAccountAsync(unit);

        var report = await _admin.GetJsonAsync("/api/audit/verify");
        using var refused = await supervisor.Http.GetAsync("/api/audit/verify", TestContext.Current.CancellationToken);

        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        Assert.True(report["rows"]!.GetValue<long>() >= 4, report.ToJsonString()); // admin bootstrap, unit, user, account
        Assert.Null(report["firstBrokenAt"]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private Task<IReadOnlyList<Abstractions.Audit.AuditEntry>> ReadAsync(string subject) =>
        _silo.Services.GetRequiredService<IAuditLog>().ReadAsync(subject, 100, TestContext.Current.CancellationToken);
}
