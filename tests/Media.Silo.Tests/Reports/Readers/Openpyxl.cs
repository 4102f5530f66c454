using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Reports.Readers;

/// <summary>
/// Python's openpyxl, the reader most scripts and data tools use, from Debian's python3-openpyxl under /usr/bin/python3
/// (a python3 earlier on PATH may be another installation without it). Without it the tests skip, unless
/// MEDIA_REQUIRE_ALL=1 (CI), where they fail.
/// </summary>
public static class Openpyxl
{
    private const string Python = "/usr/bin/python3";
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Reports", "Readers", "read_xlsx.py");

    /// <summary>
    /// The file as openpyxl reads it: each sheet's name, rows of cells (null, text, number, or {"date": …}) and size as the
    /// read-only mode sees it ("streamed": [max_row, max_column]), and the warnings openpyxl gave while reading.
    /// </summary>
    public static async Task<JsonObject> ReadAsync(string file)
    {
        await RequireAsync();
        var (exit, output, error) = await RunAsync(Script, file);
        Assert.True(exit == 0, $"openpyxl cannot read {Path.GetFileName(file)}: {error}");
        return JsonNode.Parse(output)!.AsObject();
    }

    private static async Task RequireAsync()
    {
        if (File.Exists(Python) && (await RunAsync("-c", "import openpyxl")).Exit == 0)
        {
            return;
        }

        const string reason = $"{Python} cannot import openpyxl (apt-get install python3-openpyxl)";
        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", reason);
        Assert.Skip(reason);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The JSON is UTF-8 whatever the machine's locale.
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
