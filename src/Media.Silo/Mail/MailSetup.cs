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
