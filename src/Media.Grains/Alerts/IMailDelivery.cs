using Media.Abstractions.Alerts;

namespace Media.Grains.Alerts;

/// <summary>Hands finished mails to the world: an SMTP server, or the pickup folder.</summary>
public interface IMailDelivery
{
    /// <summary>
    /// Sends the mails over one connection, calling <paramref name="sent"/> as soon as the server has
    /// accepted each one and <paramref name="failed"/> for each that could not be handed over.
    /// </summary>
    Task SendAsync(IReadOnlyList<OutgoingMail> mails, Func<OutgoingMail, Task> sent, Func<OutgoingMail, string, Task> failed,
        CancellationToken cancellationToken);
}
