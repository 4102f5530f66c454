using Media.Abstractions.Alerts;
using Media.Grains.Alerts;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Media.Silo.Mail;

/// <summary>Sends over SMTP with MailKit: a new client per batch, each mail marked as soon as the server accepts it.</summary>
internal sealed class SmtpMailDelivery(IOptions<SmtpOptions> options) : IMailDelivery
{
    public async Task SendAsync(IReadOnlyList<OutgoingMail> mails, Func<OutgoingMail, Task> sent,
        Func<OutgoingMail, string, Task> failed, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, Socket(o.Security), cancellationToken);
            if (!string.IsNullOrEmpty(o.User))
            {
                await client.AuthenticateAsync(o.User, o.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpCommandException
                                      or SmtpProtocolException or AuthenticationException or SslHandshakeException
                                      or TimeoutException or OperationCanceledException)
        {
            foreach (var mail in mails)
            {
                await failed(mail, $"connect {o.Host}:{o.Port}: {e.Message}");
            }

            return;
        }

        for (var i = 0; i < mails.Count; i++)
        {
            var mail = mails[i];
            try
            {
                using var stream = new MemoryStream(mail.Mime, writable: false);
                var message = await MimeMessage.LoadAsync(stream, cancellationToken);
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException e)
            {
                // The server refused this one mail (a recipient, its size); the connection is still good.
                await failed(mail, $"{(int)e.StatusCode} {e.Message}");
                continue;
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or ServiceNotConnectedException
                                          or TimeoutException or OperationCanceledException)
            {
                // The connection is gone: this mail and the rest wait for the next attempt.
                foreach (var rest in mails.Skip(i))
                {
                    await failed(rest, e.Message);
                }

                return;
            }

            await sent(mail);
        }

        await client.DisconnectAsync(true, CancellationToken.None);
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
