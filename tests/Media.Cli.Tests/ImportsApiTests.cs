using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Cli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Cli.Tests;

/// <summary><c>POST /api/imports/accounts</c> itself: its problem shape, its limits and who may import what.</summary>
public sealed class ImportsApiTests
{
    [Fact]
    public async Task A_refusal_names_each_field_by_row_and_groups_the_errors_by_row()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var good = Row(unit, "a1", "13800138000");
        var bad = Row(unit, "a2", "12345");

        using var response = await admin.PostAsync("/api/imports/accounts", new { rows = new[] { good, bad } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.NotNull(problem["errors"]!["rows[1].responsible.phone"]);
        var row = Assert.Single(problem["rows"]!.AsArray())!;
        Assert.Equal(3, row["row"]!.GetValue<int>());
        Assert.Equal("weibo:a2", row["id"]!.GetValue<string>());
        Assert.NotNull(row["errors"]!["responsible.phone"]);
        Assert.Equal(0, await admin.AccountTotalAsync());
    }

    [Fact]
    public async Task An_import_needs_a_signed_in_caller_and_at_least_one_row()
    {
        await using var silo = new CliSilo();
        using var anonymous = silo.CreateClient();
        using var admin = await silo.AdminAsync();

        using var unauthenticated = await anonymous.PostAsJsonAsync("/api/imports/accounts", new { rows = Array.Empty<object>() },
            TestContext.Current.CancellationToken);
        using var empty = await admin.PostAsync("/api/imports/accounts", new { rows = Array.Empty<object>() });
        using var tooMany = await admin.PostAsync("/api/imports/accounts", new { rows = new object?[100_001] });

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("100000", await tooMany.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_user_may_import_only_for_its_own_unit()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var own = await admin.CreateUnitAsync();
        var other = await admin.CreateUnitAsync();
        var (user, password) = await admin.CreateUnitUserAsync(own);
        var rows = Sheets.ValidRows(2, [own]);
        var ownOnly = sheets.WriteCsv("own.csv", rows);
        rows[1]["unitCode"] = other;
        var mixed = sheets.WriteCsv("mixed.csv", rows);

        var refused = await silo.RunCliAsync(user, password, "import", "accounts", mixed);
        var accepted = await silo.RunCliAsync(user, password, "import", "accounts", ownOnly);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("第 3 行", refused.Out, StringComparison.Ordinal);
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("已备案 2 个账号", accepted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imports_units_and_accounts_leave_memory_unless_still_filing_and_a_woken_unit_still_counts_them()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        var done = await admin.CreateUnitAsync();
        var busy = await admin.CreateUnitAsync();
        using var imported = await admin.PostAsync("/api/imports/accounts", new
        {
            rows = new[] { Row(done, "d1", "13800138000"), Row(done, "d2", "13800138000"), Row(busy, "b1", "13800138000") },
        });
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        // A filing for one of the units right after the import: that unit stays.
        await admin.FileAccountAsync(busy, "douyin", "b2");

        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var doneUnit = grains.GetGrain<IUnitGrain>(done).GetGrainId();
        var active = await ActiveAsync(grains, doneUnit);
        for (var waited = 0; active.Contains(doneUnit) && waited < 120; waited++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            active = await ActiveAsync(grains, doneUnit);
        }

        Assert.DoesNotContain(doneUnit, active);
        Assert.Contains(grains.GetGrain<IUnitGrain>(busy).GetGrainId(), active);
        var accounts = await ActiveAsync(grains, grains.GetGrain<IAccountGrain>("weibo:d1").GetGrainId());
        Assert.DoesNotContain(grains.GetGrain<IAccountGrain>("weibo:d1").GetGrainId(), accounts);
        Assert.DoesNotContain(grains.GetGrain<IAccountGrain>("weibo:b1").GetGrainId(), accounts);

        // Woken again, the unit reads its accounts back: a third weibo account has two others.
        await admin.FileAccountAsync(done, "weibo", "d3");
        var findings = (await admin.AccountAsync("weibo:d3"))["findings"]!.AsArray();
        var duplicate = Assert.Single(findings, f => f!["rule"]!.GetValue<string>() == "duplicate-account");
        Assert.Contains("已开设2个其他账号", duplicate!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_finds_filed_rows_through_the_region_indexes_and_wakes_no_account_for_the_new_ones()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        await admin.FileAccountAsync(unit, "weibo", "filed1");
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var fresh = grains.GetGrain<IAccountGrain>("weibo:fresh1").GetGrainId();

        using var dryRun = await admin.PostAsync("/api/imports/accounts", new
        {
            rows = new[] { Row(unit, "fresh1", "13800138000"), Row(unit, "filed1", "13800138000") }, dryRun = true, onExisting = "skip",
        });

        var text = await dryRun.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(dryRun.StatusCode == HttpStatusCode.OK, text);
        var result = JsonNode.Parse(text)!;
        Assert.Equal("weibo:filed1", Assert.Single(result["skipped"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal("weibo:fresh1", Assert.Single(result["accounts"]!.AsArray())!["id"]!.GetValue<string>());
        // A row nobody filed or discovered is answered by the regions alone: a dry run of a large sheet wakes no account.
        Assert.DoesNotContain(fresh, await ActiveAsync(grains, fresh));
    }

    // The ids of the active grains of the given grain's type.
    private static async Task<List<GrainId>> ActiveAsync(IGrainFactory grains, GrainId like) =>
        await grains.GetGrain<IManagementGrain>(0).GetActiveGrains(like.Type);

    private static object Row(string unitCode, string handle, string phone) => new
    {
        unitCode, platform = "weibo", handle, name = "测试发布", openedOn = "2024-03-01", interaction = true,
        responsible = new { name = "张三", phone, email = "zhang@example.cn" },
    };
}
