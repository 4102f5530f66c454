namespace Media.Cli.Tests.Infrastructure;

/// <summary>One run of the CLI in process: its exit code and what it wrote to stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI; <paramref name="http"/> stands in for the network (null: any use fails the test).</summary>
    public static async Task<CliRun> RunAsync(string[] args, Func<Uri, HttpClient>? http = null,
        Func<string, string?>? variables = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new CliEnvironment(output, error, variables ?? (_ => null),
            http ?? (_ => throw new InvalidOperationException("this run must not contact the server")));
        var exitCode = await CliApp.RunAsync(args, env);
        TestContext.Current.TestOutputHelper?.WriteLine($"media {string.Join(' ', args)} → {exitCode}\n{error}");
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
