using System.Text;
using Media.Cli.CommandLine;
using Media.SurveySheets;

namespace Media.Cli.Import;

/// <summary><c>media import template [--kind websites]</c>: writes the survey sheet template, a header row and one example row.</summary>
internal static class TemplateCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, ["--format", "--out", "--kind"], ["--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(Help.Template);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"多余的参数：{parsed.Positionals[0]}");
        }

        var kind = SheetKind.Find(parsed.Option("--kind"))
            ?? throw new UsageException($"--kind 须为 accounts 或 websites，而不是 {parsed.Option("--kind")}");
        var output = parsed.Option("--out");
        var format = parsed.Option("--format")
            ?? (output?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true ? "xlsx" : "csv");
        switch (format)
        {
            case "csv" when output is null:
                await env.Out.WriteAsync('\uFEFF' + SheetTemplate.Csv(kind));
                break;
            case "csv":
                await File.WriteAllTextAsync(output, SheetTemplate.Csv(kind), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                break;
            case "xlsx" when output is null:
                throw new UsageException("xlsx 模板须用 --out 指定文件");
            case "xlsx":
                await File.WriteAllBytesAsync(output, SheetTemplate.Xlsx(kind));
                break;
            default:
                throw new UsageException($"--format 须为 csv 或 xlsx，而不是 {format}");
        }

        if (output is not null)
        {
            await env.Error.WriteLineAsync($"已生成模板：{output}");
        }

        return ExitCodes.Ok;
    }
}
