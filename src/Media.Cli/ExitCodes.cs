namespace Media.Cli;

/// <summary>What the process exit code tells a calling script.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was refused (bad rows); nothing was imported.</summary>
    public const int Rejected = 1;

    /// <summary>Wrong command line, unreadable file, server unreachable or sign-in refused.</summary>
    public const int Usage = 2;
}
