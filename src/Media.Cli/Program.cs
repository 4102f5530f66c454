namespace Media.Cli;

/// <summary>The <c>media</c> executable: the real console, environment and network around <see cref="CliApp"/>.</summary>
internal static class Program
{
    // A named class rather than top-level statements: the tests reference this assembly and the silo,
    // and two global Program classes would collide there.
    private static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliEnvironment.FromConsole());
}
