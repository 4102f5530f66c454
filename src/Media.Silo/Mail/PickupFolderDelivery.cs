using Media.Abstractions.Alerts;
using Media.Grains.Alerts;
using Media.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Media.Silo.Mail;

/// <summary>
/// Without an SMTP server, mails become <c>.eml</c> files in <c>{DataDir}/mail/</c>, named after the
/// Message-ID, so a mail written twice is still one file. Written to a temporary name and then renamed,
/// so a reader never sees half a mail.
/// </summary>
internal sealed class PickupFolderDelivery(IOptions<MediaOptions> options) : IMailDelivery
{
    public string Folder => Path.Combine(options.Value.DataDirectory, "mail");

    public async Task SendAsync(IReadOnlyList<OutgoingMail> mails, Func<OutgoingMail, Task> sent,
        Func<OutgoingMail, string, Task> failed, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        foreach (var mail in mails)
        {
            var path = Path.Combine(Folder, FileName(mail.MessageId));
            try
            {
                var temporary = path + ".tmp";
                await File.WriteAllBytesAsync(temporary, mail.Mime, cancellationToken);
                File.Move(temporary, path, overwrite: true);
            }
            catch (IOException e)
            {
                await failed(mail, e.Message);
                continue;
            }

            await sent(mail);
        }
    }

    private static string FileName(string messageId) =>
        string.Concat(messageId.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
}
