using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary>What the server checks per row, seen through the CLI: every problem of every row in one pass.</summary>
public sealed class ImportRowCheckTests
{
    [Fact]
    public async Task Every_bad_row_is_reported_at_once_with_its_reason_and_nothing_is_filed()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var government = await admin.CreateUnitAsync("440104");
        var department = await admin.CreateUnitAsync("440104", kind: "department");
        await admin.FileAccountAsync(government, "wechat", "gh_existing");
        var rows = Sheets.ValidRows(7, [government]);
        rows[1]["responsible.phone"] = "12345";
        rows[2]["unitCode"] = UnitCodes.Next("440104");
        (rows[3]["platform"], rows[3]["handle"]) = (rows[0]["platform"], rows[0]["handle"]);
        rows[4]["unitCode"] = department;
        (rows[5]["platform"], rows[5]["handle"]) = ("wechat", "gh_existing");
        rows[6]["openedOn"] = "2024-13-01";
        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain(run.Out.Split('\n'), line => line.StartsWith("第 2 行 ", StringComparison.Ordinal));
        Assert.Contains("第 3 行 (" + Sheets.IdOf(rows[1]) + "): 负责人电话(responsible.phone):", run.Out, StringComparison.Ordinal);
        Assert.Contains("第 4 行 (" + Sheets.IdOf(rows[2]) + "): 单位统一社会信用代码(unitCode): 主办单位尚未登记", run.Out, StringComparison.Ordinal);
        Assert.Contains("第 5 行 (" + Sheets.IdOf(rows[0]) + "): 账号标识(handle): 与第 2 行是同一账号", run.Out, StringComparison.Ordinal);
        Assert.Contains("第 6 行 (" + Sheets.IdOf(rows[4]) + "): 例外理由(exceptionReason):", run.Out, StringComparison.Ordinal);
        Assert.Contains("第 7 行 (wechat:gh_existing): 账号标识(handle): 账号 wechat:gh_existing 已备案", run.Out, StringComparison.Ordinal);
        Assert.Contains("第 8 行 (" + Sheets.IdOf(rows[6]) + "): 开设日期(openedOn):", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("共 6 行有误，未导入任何账号", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await admin.AccountTotalAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_the_findings_each_row_would_get_and_files_nothing()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var unit = await admin.CreateUnitAsync("440104");
        var rows = Sheets.ValidRows(2, [unit]);
        (rows[1]["platform"], rows[1]["handle"]) = (rows[0]["platform"], rows[0]["handle"] + "x");
        foreach (var field in new[] { "approval.authority", "approval.documentNo", "approval.approvedOn" })
        {
            rows[1].Remove(field);
        }

        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file, "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("检查通过：可备案 2 个账号（试运行，未备案任何账号）", run.Out, StringComparison.Ordinal);
        Assert.Contains($"第 2 行 {Sheets.IdOf(rows[0])}: filing-late（备案超期）\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // The second account on the same platform of the same unit, without an approving authority.
        Assert.Contains($"第 3 行 {Sheets.IdOf(rows[1])}: filing-late（备案超期），duplicate-account（重复开设），approval-missing（未经审批）",
            run.Out, StringComparison.Ordinal);
        Assert.Equal(0, await admin.AccountTotalAsync());
    }
}
