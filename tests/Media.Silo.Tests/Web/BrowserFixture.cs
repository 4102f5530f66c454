using Microsoft.Playwright;

namespace Media.Silo.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). Without /usr/bin/chromium the browser
/// tests skip, unless MEDIA_REQUIRE_ALL=1 (CI), where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Where the tests leave their screenshots (CI keeps it as an artifact).</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
    }

    public IBrowser RequireBrowser()
    {
        if (Browser is { } browser)
        {
            return browser;
        }

        var reason = $"{ChromiumPath} not found (apt-get install chromium)";
        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", reason);
        Assert.Skip(reason);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
