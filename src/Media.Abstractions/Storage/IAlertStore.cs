using Media.Abstractions.Alerts;

namespace Media.Abstractions.Storage;

/// <summary>
/// The outbox. Alerts are stored before anything is sent; each becomes mails, one per recipient, stored
/// with their final bytes and Message-ID before the first attempt; a mail the server accepted is marked at
/// once. Every write is idempotent by key, so a retried call or a second run stores nothing twice.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores alerts not seen before; durable when the task completes.</summary>
    Task AddAlertsAsync(IReadOnlyList<AlertEvent> alerts, CancellationToken cancellationToken = default);

    /// <summary>Alerts not yet turned into mails, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> UnroutedAsync(int take, CancellationToken cancellationToken = default);

    /// <summary>In one transaction: stores the alert's mails and webhook deliveries and marks it routed to <paramref name="office"/>.</summary>
    Task RouteAsync(string alertId, string? office, IReadOnlyList<OutgoingMail> mails, IReadOnlyList<HookDelivery> hooks,
        CancellationToken cancellationToken = default);

    /// <summary>Stores mails that belong to no single alert (digests, summaries); existing keys are kept.</summary>
    Task<int> AddMailsAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken = default);

    /// <summary>Routed alerts for an office raised in [since, until), oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> RaisedForOfficeAsync(string office, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken = default);

    /// <summary>Unsent mails whose next attempt is due.</summary>
    Task<IReadOnlyList<OutgoingMail>> DueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default);

    /// <summary>Undelivered webhook messages whose next attempt is due.</summary>
    Task<IReadOnlyList<HookDelivery>> HooksDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default);

    Task MarkHookSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task MarkHookFailedAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default);

    /// <summary>Webhook messages waiting, failing and delivered (in <see cref="OutboxCounts"/>' mail fields; no alerts counted).</summary>
    Task<OutboxCounts> HookCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts for the operators: alerts waiting for routing, mails waiting, failing and sent.</summary>
    Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default);
}
