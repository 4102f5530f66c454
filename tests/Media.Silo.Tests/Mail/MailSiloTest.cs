using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Mail;

/// <summary>A test class with its own SMTP sink and a silo that mails to it, on Media's clock set to <see cref="MailSilo.Now"/>.</summary>
public abstract class MailSiloTest : IAsyncLifetime
{
    protected MailSiloTest()
    {
        Silo = MailSilo.For(Smtp.Port, Clock);
    }

    protected SmtpSink Smtp { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(MailSilo.Now);

    protected SiloFactory Silo { get; }

    protected MediaClient Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Admin = await Silo.AdminAsync();

    public virtual async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Silo.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
