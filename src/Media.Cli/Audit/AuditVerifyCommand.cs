using Media.Cli.CommandLine;
using Media.Cli.Server;

namespace Media.Cli.Audit;

/// <summary>
/// <c>media audit verify</c>: asks the server to walk the audit log's hash chain and says whether it holds, so a
/// scheduled job can alert on a non-zero exit.
/// </summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, ServerLogin.Options, ["--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(Help.AuditVerify);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"多余的参数：{string.Join(' ', parsed.Positionals)}");
        }

        var login = ServerLogin.From(parsed, env);
        using var http = env.CreateHttpClient(login.Server);
        var api = new MediaServer(http);
        try
        {
            await api.SignInAsync(login.User, login.PasswordOrPrompt(env));
            var report = await api.VerifyAuditAsync();
            var legacy = report.LegacyRows > 0 ? $"（其中 {report.LegacyRows} 行写于哈希链启用之前，作为链的起点）" : "";
            if (report.Ok)
            {
                await env.Out.WriteLineAsync($"审计日志完整：共 {report.Rows} 行{legacy}，哈希链无断裂。");
                // Several lanes (a cluster's silos each append to their own): the head is a digest over every lane's last hash.
                var lanes = report.Lanes > 1 ? $"（{report.Lanes} 条链的链尾摘要）" : "";
                await env.Out.WriteLineAsync($"链尾哈希{lanes}：{report.Head ?? "（空日志）"}");
                return ExitCodes.Ok;
            }

            var where = report.FirstBrokenAt is { } id ? $"哈希链在第 {id} 行（Id）断裂。" : "";
            await env.Out.WriteLineAsync($"审计日志已被篡改：{where}{report.Problem}");
            await env.Out.WriteLineAsync($"共 {report.Rows} 行{legacy}。");
            return ExitCodes.ChainBroken;
        }
        catch (ServerException e)
        {
            await env.Error.WriteLineAsync($"错误：{e.Message}");
            return ExitCodes.Usage;
        }
    }
}
