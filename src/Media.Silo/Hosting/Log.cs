namespace Media.Silo.Hosting;

/// <summary>The silo's log messages, generated at compile time.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied schema script {Script}")]
    public static partial void SchemaScriptApplied(ILogger logger, string script);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store schema is current ({Count} scripts from {Folder})")]
    public static partial void SchemaCurrent(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "The first admin's password is in {File}")]
    public static partial void AdminPasswordFile(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Caught up sweep {Slot}: {Checked} accounts checked, {New} new violations")]
    public static partial void SweepCaughtUp(ILogger logger, string slot, int @checked, int @new);
}
