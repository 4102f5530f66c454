using System.Text;
using CsvHelper;
using Media.Cli.CommandLine;
using MiniExcelLibs;

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

        var kind = SheetKind.Parse(parsed.Option("--kind"));
        var output = parsed.Option("--out");
        var format = parsed.Option("--format")
            ?? (output?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true ? "xlsx" : "csv");
        switch (format)
        {
            case "csv" when output is null:
                await env.Out.WriteAsync('\uFEFF' + Csv(kind));
                break;
            case "csv":
                await File.WriteAllTextAsync(output, Csv(kind), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                break;
            case "xlsx" when output is null:
                throw new UsageException("xlsx 模板须用 --out 指定文件");
            case "xlsx":
                await using (var file = File.Create(output))
                {
                    await file.SaveAsAsync(new[] { ExampleRow(kind) }, sheetName: kind.SheetName);
                }

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

    /// <summary>The template as CSV text (without the byte order mark, which the caller adds).</summary>
    public static string Csv(SheetKind kind)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord([.. kind.Columns.Select(c => c.Header)]);
            csv.WriteRecord([.. kind.Columns.Select(c => c.Example)]);
        }

        return text.ToString();
    }

    // MiniExcel takes the dictionary's keys, in order, as the header row. Every example is written as
    // text, so Excel keeps codes and phone numbers exactly as typed.
    private static Dictionary<string, object?> ExampleRow(SheetKind kind) => kind.Columns.ToDictionary(c => c.Header, c => (object?)c.Example);
}
