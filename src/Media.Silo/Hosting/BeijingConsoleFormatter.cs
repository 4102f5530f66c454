using Media.Domain.Time;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Media.Silo.Hosting;

/// <summary>
/// One console line per entry: <c>2026-12-03 20:41:07.123 +08:00 info Category: message</c>, then the exception if any.
/// The time is Beijing time whatever the machine's zone, because every date an operator reads in Media (deadlines,
/// sweep slots, mails) is Beijing time, and a server set to UTC would otherwise log eight hours off them.
/// </summary>
internal sealed class BeijingConsoleFormatter(TimeProvider clock) : ConsoleFormatter(Name)
{
    public new const string Name = "beijing";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var at = BeijingTime.ToBeijing(clock.GetUtcNow());
        textWriter.Write(at.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(logEntry.Category);
        textWriter.Write(": ");
        textWriter.WriteLine(message);
        if (logEntry.Exception is { } exception)
        {
            textWriter.WriteLine(exception.ToString());
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}

/// <summary>Console logging with <see cref="BeijingConsoleFormatter"/> unless <c>Logging:Console:FormatterName</c> names another.</summary>
internal static class LoggingSetup
{
    public static WebApplicationBuilder AddMediaLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddConsoleFormatter<BeijingConsoleFormatter, ConsoleFormatterOptions>();
        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = BeijingConsoleFormatter.Name);
        }

        return builder;
    }
}
