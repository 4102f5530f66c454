using Microsoft.Extensions.Logging;

namespace Media.Storage;

/// <summary>The store's log messages, generated at compile time.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied schema script {Script}")]
    public static partial void SchemaScriptApplied(ILogger logger, string script);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store schema is current ({Count} scripts from {Folder})")]
    public static partial void SchemaCurrent(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store passed quick_check in {ElapsedMs} ms")]
    public static partial void StoreIntact(ILogger logger, long elapsedMs);
}
