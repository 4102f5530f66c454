namespace Media.Silo.Hosting;

/// <summary>The silo's log messages, generated at compile time.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The first admin's password is in {File}")]
    public static partial void AdminPasswordFile(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Caught up sweep {Slot}: {Checked} accounts checked, {New} new violations")]
    public static partial void SweepCaughtUp(ILogger logger, string slot, int @checked, int @new);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} met a lost silo (attempt {Attempt}), trying again: {Reason}")]
    public static partial void RetryingAfterSiloLoss(ILogger logger, string method, string path, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finished {Finished} filings interrupted by the last stop ({Failed} failed) in {ElapsedMs} ms")]
    public static partial void FilingsFinished(ILogger logger, int finished, int failed, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not finish the interrupted filing of {AccountId}; the next start tries again")]
    public static partial void FilingNotFinished(ILogger logger, string accountId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Regions} region indexes ({Lines} account lines) in {ElapsedMs} ms")]
    public static partial void IndexesWarm(ILogger logger, int regions, long lines, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the region indexes at start; lists load them when first asked")]
    public static partial void IndexWarmUpFailed(ILogger logger, Exception exception);
}
