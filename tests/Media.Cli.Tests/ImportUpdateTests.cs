using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary><c>media import accounts --on-existing update</c>: a sheet sent again changes what differs in its filed rows.</summary>
public sealed class ImportUpdateTests
{
    [Fact]
    public async Task A_sheet_sent_again_with_update_lists_the_changed_items_then_changes_them_and_counts_the_unchanged()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var rows = Sheets.ValidRows(3, await ImportAccountsTests.CreateUnitsAsync(admin, 1));
        Assert.Equal(0, (await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", sheets.WriteCsv("first.csv", rows))).ExitCode);
        rows[1]["responsible.phone"] = "13900139000";
        var again = sheets.WriteCsv("again.csv", rows);

        var dryRun = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", again, "--on-existing", "update", "--dry-run");
        var phoneAfterDryRun = (await admin.AccountAsync(Sheets.IdOf(rows[1])))["responsible"]!["phone"]!.GetValue<string>();
        var updated = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", again, "--on-existing", "update");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Contains("将变更已备案的账号 1 个，无变化 2 个", dryRun.Out, StringComparison.Ordinal);
        Assert.Equal("13800138000", phoneAfterDryRun);
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Contains("已变更已备案的账号 1 个，无变化 2 个", updated.Out, StringComparison.Ordinal);
        Assert.Contains($"第 3 行 ({Sheets.IdOf(rows[1])}): 变更 负责人电话(responsible.phone): 13800138000 → 13900139000", updated.Out,
            StringComparison.Ordinal);
        Assert.Contains($"第 2 行 ({Sheets.IdOf(rows[0])}): 无变化", updated.Out, StringComparison.Ordinal);
        var account = await admin.AccountAsync(Sheets.IdOf(rows[1]));
        Assert.Equal("13900139000", account["responsible"]!["phone"]!.GetValue<string>());
        Assert.Equal("批量导入更新", account["filings"]!.AsArray()[^1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_on_existing_value_is_a_usage_error_naming_update()
    {
        var run = await CliRun.RunAsync(["import", "accounts", "survey.csv", "--on-existing", "merge"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("skip、update 或 refuse", run.Error, StringComparison.Ordinal);
    }
}
