namespace Media.Abstractions.Alerts;

/// <summary>A mail in the outbox. <paramref name="Key"/> makes it unique (alert + recipient, or digest + day + user).</summary>
[GenerateSerializer, Immutable, Alias("media.outgoing-mail")]
public sealed record OutgoingMail(
    [property: Id(0)] string Key,
    [property: Id(1)] string? AlertId,
    [property: Id(2)] string Recipient,
    [property: Id(3)] string MessageId,
    [property: Id(4)] string Subject,
    [property: Id(5)] byte[] Mime,
    [property: Id(6)] int Attempts = 0);
