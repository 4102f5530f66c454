using System.Diagnostics;
using Media.Cli.CommandLine;
using Media.Probes;
using Media.Probes.Http;

namespace Media.Cli.Probe;

/// <summary>
/// <c>media probe</c>: runs one extractor on one saved page or URL and prints what it read as one JSON
/// object, so an operator can check an extractor against a page before enabling it.
/// </summary>
internal static class ProbeCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, ["--platform", "--file", "--url", "--extractors"], ["--allow-private", "--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(Help.Probe);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"多余的参数：{parsed.Positionals[0]}");
        }

        var platform = parsed.Option("--platform") ?? throw new UsageException("请用 --platform 指定平台或提取器");
        var (file, url) = (parsed.Option("--file"), parsed.Option("--url"));
        if ((file is null) == (url is null))
        {
            throw new UsageException("请指定 --file 或 --url 之一（且只能一个）");
        }

        if (file is not null && parsed.Has("--allow-private"))
        {
            throw new UsageException("--allow-private 只用于 --url");
        }

        var extractor = ExtractorCatalog.Find(platform, parsed.Option("--extractors"));
        var elapsed = Stopwatch.StartNew();
        var result = file is not null
            ? extractor.Extract(await SavedPage.ReadAsync(file, env.Time))
            : await FetchAsync(extractor, WebAddress(url!), parsed.Has("--allow-private"), env);
        await env.Out.WriteLineAsync(ProbeReport.ToJson(result));
        await env.Error.WriteLineAsync(ProbeReport.Summary(extractor.Id, result, elapsed.Elapsed));
        return result.Status == ProbeStatus.Ok ? ExitCodes.Ok : ExitCodes.ProbeGap;
    }

    private static async Task<ProbeResult> FetchAsync(IExtractor extractor, Uri url, bool allowPrivate, CliEnvironment env)
    {
        await env.Error.WriteLineAsync($"正在获取 {url} …");

        // The same guarded fetcher, limits and address policy as the silo's probe jobs, so a page the
        // command reads is a page a probe round would read.
        using var fetcher = new PageFetcher(new ProbeOptions { AllowPrivateAddresses = allowPrivate }, env.Time);
        return await ProbeRunner.RunAsync(fetcher, extractor, url, env.Time, CancellationToken.None);
    }

    private static Uri WebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"--url 须为 http:// 或 https:// 开头的网址：{text}");
}
