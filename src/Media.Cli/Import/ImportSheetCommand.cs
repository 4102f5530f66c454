using Media.SurveySheets;
using System.Diagnostics;
using Media.Cli.CommandLine;
using Media.Cli.Server;

namespace Media.Cli.Import;

/// <summary>
/// <c>media import accounts|websites FILE</c>: reads the survey sheet, stops at rows it cannot read, then sends every
/// row in one request; the server checks all of them before filing any. A sheet whose import a crash cut off is
/// resumed by running the same command again; <c>--on-existing skip</c> skips the rows already filed, <c>update</c> files a
/// change of what differs in them.
/// </summary>
internal static class ImportSheetCommand
{
    /// <summary>The server's limit per request; larger sheets are split by the operator, not silently here.</summary>
    public const int MaxRows = 100_000;

    /// <summary>How often the run's progress is asked for: often enough for a line that moves, cheap for the server.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env, SheetKind kind)
    {
        var parsed = ParsedArguments.Parse(args, [.. ServerLogin.Options, "--on-existing"], ["--dry-run", "--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(kind == SheetKind.Websites ? Help.Websites : Help.Accounts);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals is not [var path])
        {
            throw new UsageException("请指定一个摸底表文件（.csv 或 .xlsx）");
        }

        var onExisting = parsed.Option("--on-existing");
        if (onExisting is not (null or "skip" or "refuse" or "update"))
        {
            throw new UsageException($"--on-existing 只能是 skip、update 或 refuse：{onExisting}");
        }

        var login = ServerLogin.From(parsed, env);
        var total = Stopwatch.StartNew();
        var raw = await SheetFile.ReadAsync(path);
        var sheet = RowMapper.Map(raw, kind);
        var readTime = total.Elapsed;
        if (raw.Problem is not null || sheet.HeaderProblems.Count > 0 || sheet.Problems.Count > 0)
        {
            return await ImportReport.LocalProblemsAsync(env.Out, raw.Problem, sheet, kind);
        }

        if (sheet.Rows.Count is 0 or > MaxRows)
        {
            await env.Out.WriteLineAsync(sheet.Rows.Count == 0
                ? $"文件中没有数据行，未导入任何{kind.Noun}"
                : $"共 {sheet.Rows.Count} 行，一次最多导入 {MaxRows} 行，请拆分文件后分批导入；未导入任何{kind.Noun}");
            return ExitCodes.Rejected;
        }

        await env.Error.WriteLineAsync($"已读取 {sheet.Rows.Count} 行（{readTime.TotalSeconds:0.00} 秒），正在提交到 {login.Server} …");
        using var http = env.CreateHttpClient(login.Server);
        var api = new MediaServer(http);
        try
        {
            await api.SignInAsync(login.User, login.PasswordOrPrompt(env));
            var sent = Stopwatch.StartNew();
            var (result, problem) = await ImportWithProgressAsync(env, api, kind, sheet, parsed.Has("--dry-run"), onExisting);
            var serverTime = sent.Elapsed;
            var numbers = sheet.Rows.Select(r => r.Number).ToArray();
            var exitCode = result is not null
                ? await ImportReport.ResultAsync(env.Out, result, numbers, kind)
                : await ImportReport.RefusedAsync(env.Out, env.Error, problem!, numbers, kind);
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

    /// <summary>
    /// Starts the import as a background run and polls it, showing its rows done, until it ends with the result or the
    /// problem a synchronous import would have answered.
    /// </summary>
    private static async Task<(ImportResponse? Result, Problem? Problem)> ImportWithProgressAsync(CliEnvironment env, MediaServer api,
        SheetKind kind, MappedSheet sheet, bool dryRun, string? onExisting)
    {
        var (location, refused) = await api.StartImportAsync(kind.ApiPath, [.. sheet.Rows.Select(r => r.Row)], dryRun, onExisting);
        if (location is null)
        {
            return (null, refused);
        }

        var line = new ProgressLine(env);
        ImportRunResponse run;
        try
        {
            while (true)
            {
                run = await api.GetRunAsync(location);
                line.Show(run.Stage, run.Done, run.Total);
                if (run.State != "running")
                {
                    break;
                }

                await Task.Delay(PollEvery, env.Time);
            }
        }
        finally
        {
            line.End();
        }

        return run.State switch
        {
            "done" => (run.Result, null),
            "refused" => (null, run.Problem),
            _ => throw new ServerException(run.Error ?? $"导入未完成（{run.State}）"),
        };
    }
}
