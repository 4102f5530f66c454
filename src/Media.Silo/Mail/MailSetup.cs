using Media.Abstractions.Alerts;
using Media.Domain.Alerts;
using Media.Grains.Alerts;
using MimeKit;

namespace Media.Silo.Mail;

/// <summary>The composer, the transport (SMTP, or the pickup folder without <c>Smtp:Host</c>) and the pump.</summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddMediaMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => o.UsesPickupFolder || o.Port is > 0 and < 65536, "Smtp:Port must be between 1 and 65535")
            .Validate(o => MailboxAddress.TryParse(o.From, out var from) && MailAddressRules.IsUsableSender(from.Address),
                "Smtp:From must be a mail address, e.g. 政务新媒体监测 <media@example.gov.cn>")
            .Validate(o => o.TimeoutSeconds > 0, "Smtp:TimeoutSeconds must be positive")
            .ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryFirst > TimeSpan.Zero && o.RetryMax >= o.RetryFirst && o.BatchSize > 0,
                "Mail: PollInterval and RetryFirst must be positive, RetryMax at least RetryFirst, BatchSize positive")
            .ValidateOnStart();

        var smtp = builder.Configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        builder.Services.AddSingleton<IMailComposer, MailComposer>();
        if (smtp.UsesPickupFolder)
        {
            builder.Services.AddSingleton<IMailDelivery, PickupFolderDelivery>();
        }
        else
        {
            builder.Services.AddSingleton<IMailDelivery, SmtpMailDelivery>();
        }

        builder.Services.AddHostedService<MailPump>();
        return builder;
    }
}
