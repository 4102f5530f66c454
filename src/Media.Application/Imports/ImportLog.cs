using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>Import outcomes for the operator's log; the audit log records each filing itself.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {User} rejected: {Rows} rows, {BadRows} bad, nothing filed")]
    public static partial void Rejected(ILogger logger, string user, int rows, int badRows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {User}: {Filed} accounts filed, {Failed} failed, {Skipped} already filed, in {ElapsedMs} ms ({CheckedMs} ms of it checking)")]
    public static partial void Filed(ILogger logger, string user, int filed, int failed, int skipped, long elapsedMs, long checkedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import could not file {AccountId}")]
    public static partial void FilingFailed(ILogger logger, string accountId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {User}: {Updated} filed records changed, {Unchanged} unchanged")]
    public static partial void Updated(ILogger logger, string user, int updated, int unchanged);
}
