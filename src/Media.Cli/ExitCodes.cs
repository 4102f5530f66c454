namespace Media.Cli;

/// <summary>What the process exit code tells a calling script.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was refused (bad rows); nothing was imported.</summary>
    public const int Rejected = 1;

    /// <summary>The probe ran but did not read the account (blocked, expired, not-found, error); its JSON is still printed.</summary>
    public const int ProbeGap = 1;

    /// <summary><c>audit verify</c>: the audit log's hash chain is broken somewhere.</summary>
    public const int ChainBroken = 1;

    /// <summary>Wrong command line, unreadable file or extractor definitions, server unreachable or sign-in refused.</summary>
    public const int Usage = 2;
}
