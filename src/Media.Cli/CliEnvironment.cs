using System.Text;

namespace Media.Cli;

/// <summary>
/// Everything a command touches outside itself: output streams, environment variables, HTTP and the
/// password prompt. Tests pass writers they read back and the in-memory test server's HttpClient.
/// </summary>
/// <param name="Out">Results (what a script would capture).</param>
/// <param name="Error">Progress, timings and errors.</param>
/// <param name="Variable">Reads an environment variable.</param>
/// <param name="CreateHttpClient">An HttpClient for the server's base address.</param>
/// <param name="ReadPassword">Asks for a password interactively; null when there is nobody to ask.</param>
/// <param name="Clock">The clock; null means the system clock.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal, where a progress line may rewrite itself.</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> Variable,
    Func<Uri, HttpClient> CreateHttpClient,
    Func<string?>? ReadPassword = null,
    TimeProvider? Clock = null,
    bool ErrorIsTerminal = false)
{
    public TimeProvider Time => Clock ?? TimeProvider.System;

    /// <summary>The real console, process environment and network.</summary>
    public static CliEnvironment FromConsole()
    {
        // Chinese output must survive consoles whose default code page is not UTF-8 (Windows).
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new CliEnvironment(Console.Out, Console.Error, Environment.GetEnvironmentVariable,
            server => new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) },
            Console.IsInputRedirected ? null : PromptPassword, ErrorIsTerminal: !Console.IsErrorRedirected);
    }

    private static string? PromptPassword()
    {
        Console.Error.Write("密码: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
