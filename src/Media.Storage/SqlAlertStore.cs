using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;

namespace Media.Storage;

/// <summary>
/// The outbox as the <c>MediaAlert</c> and <c>MediaMail</c> tables of the silo's store. Each call is its own
/// transaction, not a write of the group <see cref="Performance.StoreWriter"/> (why: Performance/README.md, "The outbox").
/// </summary>
internal sealed partial class SqlAlertStore(StoreConnection store, TimeProvider clock) : IAlertStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly OutboxRows _mails = new(store, "MediaMail");
    private readonly OutboxRows _hooks = new(store, "MediaHook");

    public async Task AddAlertsAsync(IReadOnlyList<AlertEvent> alerts, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var alert in alerts)
        {
            await using var command = Sql.Command(connection, transaction, """
                INSERT INTO MediaAlert (Id, RaisedAt, Routed, Office, Payload) VALUES (@Id, @RaisedAt, 0, NULL, @Payload)
                ON CONFLICT (Id) DO NOTHING
                """);
            Sql.Add(command, "Id", alert.Id);
            Sql.Add(command, "RaisedAt", Sql.Instant(alert.RaisedAt));
            Sql.Add(command, "Payload", JsonSerializer.Serialize(alert, Json));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertEvent>> UnroutedAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null,
            "SELECT Payload FROM MediaAlert WHERE Routed = 0 ORDER BY RaisedAt, Id LIMIT @Take");
        Sql.Add(command, "Take", take);
        return await ReadAlertsAsync(command, cancellationToken);
    }

    public async Task RouteAsync(string alertId, string? office, IReadOnlyList<OutgoingMail> mails, IReadOnlyList<HookDelivery> hooks,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertMailsAsync(connection, transaction, mails, cancellationToken);
        await InsertHooksAsync(connection, transaction, hooks, cancellationToken);
        await using var command = Sql.Command(connection, transaction, "UPDATE MediaAlert SET Routed = 1, Office = @Office WHERE Id = @Id");
        Sql.Add(command, "Id", alertId);
        Sql.Add(command, "Office", office);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> AddMailsAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await InsertMailsAsync(connection, transaction, mails, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<AlertEvent>> RaisedForOfficeAsync(string office, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, """
            SELECT Payload FROM MediaAlert WHERE Office = @Office AND RaisedAt >= @From AND RaisedAt < @To ORDER BY RaisedAt, Id
            """);
        Sql.Add(command, "Office", office);
        Sql.Add(command, "From", Sql.Instant(since));
        Sql.Add(command, "To", Sql.Instant(until));
        return await ReadAlertsAsync(command, cancellationToken);
    }

    public Task<IReadOnlyList<OutgoingMail>> DueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default) =>
        _mails.DueAsync("Key, AlertId, Recipient, MessageId, Subject, Mime, Attempts",
            r => new OutgoingMail(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                (byte[])r.GetValue(5), r.GetInt32(6)), now, take, cancellationToken);

    public Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        _mails.MarkSentAsync(key, at, cancellationToken);

    public Task MarkFailedAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        _mails.MarkFailedAsync(key, nextAttemptAt, reason, cancellationToken);

    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, "SELECT COUNT(*) FROM MediaAlert WHERE Routed = 0");
        var unrouted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var (pending, failing, sent, error) = await _mails.CountsAsync(cancellationToken);
        return new OutboxCounts(unrouted, pending, failing, sent, error);
    }

    private async Task<int> InsertMailsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutgoingMail> mails,
        CancellationToken cancellationToken)
    {
        var added = 0;
        var now = Sql.Instant(clock.GetUtcNow());
        foreach (var mail in mails)
        {
            await using var command = Sql.Command(connection, transaction, """
                INSERT INTO MediaMail (Key, AlertId, Recipient, MessageId, Subject, Mime, CreatedAt, Attempts, NextAttemptAt)
                VALUES (@Key, @AlertId, @Recipient, @MessageId, @Subject, @Mime, @CreatedAt, 0, @CreatedAt)
                ON CONFLICT DO NOTHING
                """);
            Sql.Add(command, "Key", mail.Key);
            Sql.Add(command, "AlertId", mail.AlertId);
            Sql.Add(command, "Recipient", mail.Recipient);
            Sql.Add(command, "MessageId", mail.MessageId);
            Sql.Add(command, "Subject", mail.Subject);
            Sql.Add(command, "Mime", mail.Mime);
            Sql.Add(command, "CreatedAt", now);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return added;
    }

    private static async Task<IReadOnlyList<AlertEvent>> ReadAlertsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var alerts = new List<AlertEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(JsonSerializer.Deserialize<AlertEvent>(reader.GetString(0), Json)!);
        }

        return alerts;
    }
}
