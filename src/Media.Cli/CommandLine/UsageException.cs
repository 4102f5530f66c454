namespace Media.Cli.CommandLine;

/// <summary>The command line was wrong; the message says how, and the tool exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
