using System.Diagnostics;
using HtmlAgilityPack;
using Media.Probes;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>extract</c>: the website extractor over the saved 125 KB government page, and every saved page through its
/// extractor, on one thread for at least <c>--seconds</c>. Baseline: bare <c>HtmlDocument.LoadHtml</c> of the same page.
/// </summary>
public static class ExtractScenario
{
    public static BenchResult Run(int seconds)
    {
        var page = FixturePages.Read(FixturePages.GovWanzai);
        var registry = ExtractorRegistry.CreateDefault();
        if (!registry.TryGet("website", out var website))
        {
            throw new InvalidOperationException("no website extractor");
        }

        var input = new ProbeInput(page, new Uri("https://www.wanzai.gov.cn/"), TimeProvider.System.GetUtcNow());
        var (pages, elapsed) = Repeat(seconds, () => website.Extract(input));
        var (loads, loadElapsed) = Repeat(seconds, () => new HtmlDocument().LoadHtml(page));

        return new BenchResult("extract", pages, elapsed, pages / elapsed, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,
            new Baseline($"HtmlDocument.LoadHtml of the same page ({loads / loadElapsed:F0} pages/s)", loadElapsed / loads * pages),
            Note: $"{page.Length / 1024} KB page, one thread");
    }

    private static (int Count, double Seconds) Repeat(int seconds, Action work)
    {
        for (var i = 0; i < 20; i++)
        {
            work();
        }

        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            work();
            count++;
        }

        return (count, watch.Elapsed.TotalSeconds);
    }
}
