using System.Net;
using System.Text;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary>Sheets the CLI refuses before contacting the server, and command lines it refuses.</summary>
public sealed class LocalCheckTests : IDisposable
{
    private readonly Sheets _sheets = new();

    [Fact]
    public async Task A_bad_yes_no_cell_is_reported_with_its_row_and_nothing_is_sent()
    {
        var rows = Sheets.ValidRows(3, [UnitCodes.Next()]);
        rows[2]["interaction"] = "可能";
        var file = _sheets.WriteCsv("survey.csv", rows);

        var run = await CliRun.RunAsync(["import", "accounts", file, "--user", "u", "--password", "p"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"第 4 行 ({Sheets.IdOf(rows[2])}): 是否提供互动功能(interaction): 无法识别“可能”", run.Out, StringComparison.Ordinal);
        Assert.Contains("共 1 行无法读取，未导入任何账号", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_column_is_reported_and_nothing_is_sent()
    {
        var file = _sheets.PathOf("survey.csv");
        await File.WriteAllTextAsync(file, "unitCode,platform,handle,备注\nx,weibo,1,hello\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["import", "accounts", file, "--user", "u", "--password", "p"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("表头：第 4 列“备注”不是模板中的列", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Row_numbers_count_blank_rows_as_excel_does_and_blank_rows_are_not_imported()
    {
        var file = _sheets.PathOf("survey.csv");
        await File.WriteAllTextAsync(file, "平台,账号标识,interaction\nweibo,a1,是\n\n,,\nweibo,a4,也许\n",
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["import", "accounts", file, "--user", "u", "--password", "p"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("第 5 行 (weibo:a4): 是否提供互动功能(interaction):", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_saved_by_chinese_excel_in_gbk_is_read_correctly()
    {
        var file = _sheets.PathOf("survey.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding("GBK").GetBytes("平台,账号标识,是否提供互动功能\n微博,a1,否定\n"),
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["import", "accounts", file, "--user", "u", "--password", "p"]);

        // The Chinese header, platform name and cell were all understood: the only problem is the cell's value.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("第 2 行 (weibo:a1): 是否提供互动功能(interaction): 无法识别“否定”", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_user_and_password_come_from_the_environment_and_a_refused_sign_in_exits_with_2()
    {
        var file = _sheets.WriteCsv("survey.csv", Sheets.ValidRows(1, [UnitCodes.Next()]));
        Uri? contacted = null;
        var variables = new Dictionary<string, string> { ["MEDIA_SERVER"] = "http://media.example:8080/base", ["MEDIA_USER"] = "u", ["MEDIA_PASSWORD"] = "p" };

        var run = await CliRun.RunAsync(["import", "accounts", file], server =>
        {
            contacted = server;
            return new HttpClient(new FixedAnswer(HttpStatusCode.Unauthorized)) { BaseAddress = server };
        }, variables.GetValueOrDefault);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new Uri("http://media.example:8080/base/"), contacted);
        Assert.Contains("登录失败：用户名或密码错误", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_exits_with_2()
    {
        var file = _sheets.WriteCsv("survey.csv", Sheets.ValidRows(1, [UnitCodes.Next()]));

        var run = await CliRun.RunAsync(["import", "accounts", file, "--server", "http://127.0.0.1:1", "--user", "u", "--password", "p"],
            server => new HttpClient { BaseAddress = server });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("无法连接服务器", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "accounts")]
    [InlineData("import", "accounts", "missing.csv", "--user", "u", "--password", "p")]
    [InlineData("import", "accounts", "survey.xls", "--user", "u", "--password", "p")]
    [InlineData("import", "accounts", "survey.csv", "--colour", "red")]
    [InlineData("import", "template", "--format")]
    [InlineData("export")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("错误：", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("import", "--help")]
    [InlineData("import", "template", "--help")]
    [InlineData("import", "accounts", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("media", run.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _sheets.Dispose();

    private sealed class FixedAnswer(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }
}
