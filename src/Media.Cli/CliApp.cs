using Media.SurveySheets;
using Media.Cli.Audit;
using Media.Cli.Backup;
using Media.Cli.CommandLine;
using Media.Cli.Import;
using Media.Cli.Probe;

namespace Media.Cli;

/// <summary>Routes <c>media &lt;command&gt; …</c> to its command and turns usage errors into exit code 2.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env)
    {
        try
        {
            return args switch
            {
                [] or ["--help" or "-h" or "help"] => Print(env.Out, Help.Main, ExitCodes.Ok),
                ["import"] or ["import", "--help" or "-h"] => Print(env.Out, Help.Import, ExitCodes.Ok),
                ["import", "template", .. var rest] => await TemplateCommand.RunAsync(rest, env),
                ["import", "accounts", .. var rest] => await ImportSheetCommand.RunAsync(rest, env, SheetKind.Accounts),
                ["import", "websites", .. var rest] => await ImportSheetCommand.RunAsync(rest, env, SheetKind.Websites),
                ["audit"] or ["audit", "--help" or "-h"] => Print(env.Out, Help.AuditVerify, ExitCodes.Ok),
                ["audit", "verify", .. var rest] => await AuditVerifyCommand.RunAsync(rest, env),
                ["backup", .. var rest] => await BackupCommand.RunAsync(rest, env),
                ["probe", .. var rest] => await ProbeCommand.RunAsync(rest, env),
                _ => throw new UsageException($"未知命令：{string.Join(' ', args)}"),
            };
        }
        catch (UsageException e)
        {
            await env.Error.WriteLineAsync($"错误：{e.Message}");
            await env.Error.WriteLineAsync("用 media --help 查看用法。");
            return ExitCodes.Usage;
        }
    }

    private static int Print(TextWriter writer, string text, int exitCode)
    {
        writer.Write(text);
        return exitCode;
    }
}
