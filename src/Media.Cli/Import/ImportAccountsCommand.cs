using System.Diagnostics;
using Media.Cli.CommandLine;
using Media.Cli.Server;

namespace Media.Cli.Import;

/// <summary>
/// <c>media import accounts FILE</c>: reads the survey sheet, stops at rows it cannot read, then sends every
/// row in one request; the server checks all of them before filing any. A sheet whose import a crash cut off is
/// resumed by running the same command again; <c>--on-existing skip</c> skips the rows already filed.
/// </summary>
internal static class ImportAccountsCommand
{
    /// <summary>The server's limit per request; larger sheets are split by the operator, not silently here.</summary>
    public const int MaxRows = 10_000;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, ["--server", "--user", "--password", "--on-existing"], ["--dry-run", "--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(Help.Accounts);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals is not [var path])
        {
            throw new UsageException("请指定一个摸底表文件（.csv 或 .xlsx）");
        }

        var onExisting = parsed.Option("--on-existing");
        if (onExisting is not (null or "skip" or "refuse"))
        {
            throw new UsageException($"--on-existing 只能是 skip 或 refuse：{onExisting}");
        }

        var server = ServerAddress(parsed.Option("--server") ?? env.Variable("MEDIA_SERVER") ?? "http://localhost:5080");
        var user = parsed.Option("--user") ?? env.Variable("MEDIA_USER")
            ?? throw new UsageException("请用 --user 或环境变量 MEDIA_USER 指定用户名");
        var password = parsed.Option("--password") ?? env.Variable("MEDIA_PASSWORD");
        if (password is null && env.ReadPassword is null)
        {
            throw new UsageException("请用 --password 或环境变量 MEDIA_PASSWORD 提供密码");
        }

        var total = Stopwatch.StartNew();
        var raw = await SheetFile.ReadAsync(path);
        var sheet = RowMapper.Map(raw);
        var readTime = total.Elapsed;
        if (raw.Problem is not null || sheet.HeaderProblems.Count > 0 || sheet.Problems.Count > 0)
        {
            return await ImportReport.LocalProblemsAsync(env.Out, raw.Problem, sheet);
        }

        if (sheet.Rows.Count is 0 or > MaxRows)
        {
            await env.Out.WriteLineAsync(sheet.Rows.Count == 0
                ? "文件中没有数据行，未导入任何账号"
                : $"共 {sheet.Rows.Count} 行，一次最多导入 {MaxRows} 行，请拆分文件后分批导入；未导入任何账号");
            return ExitCodes.Rejected;
        }

        await env.Error.WriteLineAsync($"已读取 {sheet.Rows.Count} 行（{readTime.TotalSeconds:0.00} 秒），正在提交到 {server} …");
        password ??= env.ReadPassword!() ?? "";
        using var http = env.CreateHttpClient(server);
        var api = new MediaServer(http);
        try
        {
            await api.SignInAsync(user, password);
            var sent = Stopwatch.StartNew();
            var (result, problem) = await api.ImportAsync([.. sheet.Rows.Select(r => r.Row)], parsed.Has("--dry-run"), onExisting);
            var serverTime = sent.Elapsed;
            var numbers = sheet.Rows.Select(r => r.Number).ToArray();
            var exitCode = result is not null
                ? await ImportReport.ResultAsync(env.Out, result, numbers)
                : await ImportReport.RefusedAsync(env.Out, env.Error, problem!, numbers);
            await env.Error.WriteLineAsync(
                $"用时 {total.Elapsed.TotalSeconds:0.00} 秒（读取 {readTime.TotalSeconds:0.00} 秒，服务器 {serverTime.TotalSeconds:0.00} 秒），"
                + $"{sheet.Rows.Count / total.Elapsed.TotalSeconds:0} 行/秒");
            return exitCode;
        }
        catch (ServerException e)
        {
            await env.Error.WriteLineAsync($"错误：{e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static Uri ServerAddress(string text)
    {
        // A trailing slash makes relative API paths resolve under a path prefix (https://host/media/).
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"服务地址须为 http:// 或 https:// 开头的网址：{text}");
    }
}
