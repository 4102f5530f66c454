namespace Media.Silo.Mail;

/// <summary>How mail leaves the silo: <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The <c>Smtp</c> section (SPEC §5.3). Without a host, mails go to <c>{DataDir}/mail/</c> as .eml files.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender, e.g. <c>政务新媒体监测 &lt;media@gd.gov.cn&gt;</c>.</summary>
    public string From { get; set; } = "政务新媒体监测 <media@localhost>";

    /// <summary>Seconds to wait for the server on connect and on each command.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);
}
