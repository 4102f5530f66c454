namespace Media.Grains.Alerts;

/// <summary>Outbox behaviour (configuration section <c>Mail</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Mail";

    /// <summary>How often each silo asks the dispatcher to route and send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan RetryFirst { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Mails sent over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 100;
}
