using System.Net;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary><c>media import template</c>: the documented columns, and a template that imports as it is.</summary>
public sealed class TemplateTests
{
    private const string ExampleUnit = "11440104MB2C923413";

    [Fact]
    public async Task The_csv_template_has_a_byte_order_mark_the_documented_headers_and_one_example_row()
    {
        var run = await CliRun.RunAsync(["import", "template"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFF", run.Out, StringComparison.Ordinal);
        var lines = run.Out[1..].ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            "单位统一社会信用代码(unitCode),平台(platform),账号标识(handle),账号名称(name),主页地址(url),订阅源地址(feedUrl),"
            + "开设日期(openedOn),是否提供互动功能(interaction),负责人姓名(responsible.name),负责人电话(responsible.phone),"
            + "负责人邮箱(responsible.email),运维单位(operator.name),运维联系方式(operator.contact),"
            + "审批机关区划代码(approval.authority),审批文号(approval.documentNo),审批日期(approval.approvedOn),例外理由(exceptionReason)",
            lines[0]);
        Assert.StartsWith(ExampleUnit + ",微博,1234567890,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_unit_code_is_a_valid_credit_code() =>
        Assert.Null(Media.Domain.Units.UnifiedSocialCreditCode.Validate(ExampleUnit));

    [Theory]
    [InlineData("template.csv")]
    [InlineData("template.xlsx")]
    public async Task The_templates_example_row_imports_once_its_unit_is_registered(string name)
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        using var sheets = new Sheets();
        var file = sheets.PathOf(name);
        var template = await CliRun.RunAsync(["import", "template", "--out", file]);
        Assert.True(template.ExitCode == 0, template.ToString());
        await admin.CreateUnitAsync("440104", code: ExampleUnit);

        var run = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "import", "accounts", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("已备案 1 个账号", run.Out, StringComparison.Ordinal);
        // Opened in 2024, filed now: late, but approved by the right authority (the city, 440100).
        Assert.Contains("第 2 行 weibo:1234567890: filing-late（备案超期）", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("approval-missing", run.Out, StringComparison.Ordinal);
        var account = await admin.AccountAsync("weibo:1234567890");
        Assert.Equal("越秀发布", account["name"]!.GetValue<string>());
        Assert.Equal("穗府办函〔2024〕1号", account["approval"]!["documentNo"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, await admin.AccountStatusAsync("weibo:1234567890"));
    }

    [Fact]
    public async Task An_xlsx_template_needs_an_output_file()
    {
        var run = await CliRun.RunAsync(["import", "template", "--format", "xlsx"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
