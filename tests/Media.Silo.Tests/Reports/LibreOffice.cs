using System.Diagnostics;

namespace Media.Silo.Tests.Reports;

/// <summary>
/// Debian's LibreOffice run headless, to prove a generated document opens in a real office suite. Without soffice the
/// tests skip, unless MEDIA_REQUIRE_ALL=1 (CI), where they fail.
/// </summary>
public static class LibreOffice
{
    /// <summary>Where the conversions are left (CI keeps TestResults as an artifact).</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "reports")).FullName;

    public static string RequireSoffice() => Require("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui");

    /// <summary>Page 1 of a PDF as a PNG next to it (poppler's pdftoppm: LibreOffice without a display exports no images).</summary>
    public static async Task<string> FirstPagePngAsync(string pdf)
    {
        var pdftoppm = Require("pdftoppm", "poppler-utils");
        var target = Path.ChangeExtension(pdf, null) + "-page1";
        var start = new ProcessStartInfo(pdftoppm)
        {
            ArgumentList = { "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, target },
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && File.Exists(target + ".png"), "pdftoppm: " + await error);
        return target + ".png";
    }

    private static string Require(string tool, string packages)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        var reason = $"{tool} not found (apt-get install {packages})";
        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", reason);
        Assert.Skip(reason);
        return null!;
    }

    /// <summary>
    /// Converts <paramref name="file"/> to <paramref name="format"/> (pdf, png…) next to it and returns the new file's path;
    /// <paramref name="filter"/> names the export filter and its options (CSV in UTF-8 needs them, the default is the locale's).
    /// </summary>
    public static async Task<string> ConvertAsync(string file, string format, string? filter = null)
    {
        var soffice = RequireSoffice();
        var outDir = Path.GetDirectoryName(file)!;

        // Its own profile directory: two conversions at once must not share (and lock) one.
        var profile = Directory.CreateTempSubdirectory("media-soffice-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{profile.FullName}", "--headless", "--convert-to", filter is null ? format : $"{format}:{filter}", "--outdir", outDir, file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
            Assert.True(process.ExitCode == 0 && File.Exists(converted), $"soffice → {format}: {await output} {await error}");
            return converted;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
