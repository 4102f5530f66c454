using System.Diagnostics;
using System.Net;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary>The acceptance checks of bulk filing: whole sheets import fully, or not at all.</summary>
public sealed class ImportAccountsTests
{
    private const int Rows = 1000;

    private const int ProgressRows = 300;

    [Fact]
    public async Task A_csv_of_1000_rows_imports_fully()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var rows = Sheets.ValidRows(Rows, await CreateUnitsAsync(admin, 20));
        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"已备案 {Rows} 个账号", run.Out, StringComparison.Ordinal);
        Assert.Contains("行/秒", run.Error, StringComparison.Ordinal);
        Assert.Equal(Rows, await admin.AccountTotalAsync());
        foreach (var row in new[] { rows[0], rows[499], rows[^1] })
        {
            Assert.Equal(HttpStatusCode.OK, await admin.AccountStatusAsync(Sheets.IdOf(row)));
        }
    }

    [Fact]
    public async Task An_xlsx_of_1000_rows_imports_fully_with_excel_dates_numbers_and_booleans()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var rows = Sheets.ValidRows(Rows, await CreateUnitsAsync(admin, 20));
        foreach (var row in rows)
        {
            // What Excel itself hands over: real date cells, numbers and booleans.
            row["openedOn"] = new DateTime(2024, 3, 1);
            row["approval.approvedOn"] = "2024/2/20";
            row["responsible.phone"] = 13800138000d;
            row["interaction"] = true;
        }

        var file = sheets.WriteXlsx("survey.xlsx", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"已备案 {Rows} 个账号", run.Out, StringComparison.Ordinal);
        Assert.Equal(Rows, await admin.AccountTotalAsync());
        var account = await admin.AccountAsync(Sheets.IdOf(rows[637]));
        Assert.Equal("2024-03-01", account["openedOn"]!.GetValue<string>());
        Assert.Equal("13800138000", account["responsible"]!["phone"]!.GetValue<string>());
        Assert.True(account["interaction"]!.GetValue<bool>());
        Assert.Equal("2024-02-20", account["approval"]!["approvedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_csv_with_one_bad_row_imports_nothing_and_names_the_row_and_field()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var rows = Sheets.ValidRows(Rows, await CreateUnitsAsync(admin, 20));
        rows[636]["responsible.phone"] = "12345";
        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("第 ", StringComparison.Ordinal));
        Assert.StartsWith($"第 638 行 ({Sheets.IdOf(rows[636])}): 负责人电话(responsible.phone): 电话号码格式不正确", line, StringComparison.Ordinal);
        Assert.Contains("未导入任何账号", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, await admin.AccountTotalAsync());
        foreach (var row in new[] { rows[0], rows[635], rows[637], rows[^1] })
        {
            Assert.Equal(HttpStatusCode.NotFound, await admin.AccountStatusAsync(Sheets.IdOf(row)));
        }
    }

    [Fact]
    public async Task A_row_whose_unit_is_outside_the_supervisors_region_is_refused_and_nothing_is_filed()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var guangzhou = await admin.CreateUnitAsync("440104");
        var shenzhen = await admin.CreateUnitAsync("440304");
        var (user, password) = await admin.CreateSupervisorAsync("440100");
        var rows = Sheets.ValidRows(3, [guangzhou]);
        rows[1]["unitCode"] = shenzhen;
        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync(user, password, "import", "accounts", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"第 3 行 ({Sheets.IdOf(rows[1])}): 单位统一社会信用代码(unitCode): 不能为管辖范围以外的单位备案", run.Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("第 2 行", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, await admin.AccountTotalAsync());
    }

    /// <summary>Registers county governments in 越秀区 (allowed to open accounts; approved by the city, 440100).</summary>
    /// <summary>The CLI imports through a background run and shows the server's rows done, then prints the summary first.</summary>
    [Fact]
    public async Task A_sheet_of_300_rows_shows_the_server_s_checked_and_filed_row_counts_then_the_summary_before_the_rows()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var rows = Sheets.ValidRows(ProgressRows, await CreateUnitsAsync(admin, 5));
        var file = sheets.WriteCsv("survey.csv", rows);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        var progress = run.Error.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("服务器正在", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("服务器正在检查：", progress[0], StringComparison.Ordinal);
        Assert.EndsWith($"/{ProgressRows} 行", progress[0], StringComparison.Ordinal);
        Assert.Equal($"服务器正在备案：{ProgressRows}/{ProgressRows} 行", progress[^1]);
        var output = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"已备案 {ProgressRows} 个账号", output[0]);
        Assert.StartsWith("第 2 行 ", output.First(l => l.StartsWith("第 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(ProgressRows, await admin.AccountTotalAsync());
    }

    internal static async Task<List<string>> CreateUnitsAsync(Api admin, int count)
    {
        var units = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            units.Add(await admin.CreateUnitAsync("440104"));
        }

        return units;
    }
}
