using System.Data.Common;
using Media.Abstractions.Alerts;

namespace Media.Storage;

/// <summary>The webhook outbox (<c>MediaHook</c>): deliveries stored when their alert is routed, sent by the webhook dispatcher.</summary>
internal sealed partial class SqlAlertStore
{
    public Task<IReadOnlyList<HookDelivery>> HooksDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default) =>
        _hooks.DueAsync("Key, AlertId, Target, Payload, Attempts",
            r => new HookDelivery(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4)), now, take, cancellationToken);

    public Task MarkHookSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        _hooks.MarkSentAsync(key, at, cancellationToken);

    public Task MarkHookFailedAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        _hooks.MarkFailedAsync(key, nextAttemptAt, reason, cancellationToken);

    public async Task<OutboxCounts> HookCountsAsync(CancellationToken cancellationToken = default)
    {
        var (pending, failing, sent, error) = await _hooks.CountsAsync(cancellationToken);
        return new OutboxCounts(0, pending, failing, sent, error);
    }

    private async Task InsertHooksAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<HookDelivery> hooks,
        CancellationToken cancellationToken)
    {
        var now = Sql.Instant(clock.GetUtcNow());
        foreach (var hook in hooks)
        {
            await using var command = Sql.Command(connection, transaction, """
                INSERT INTO MediaHook (Key, AlertId, Target, Payload, CreatedAt, Attempts, NextAttemptAt)
                VALUES (@Key, @AlertId, @Target, @Payload, @CreatedAt, 0, @CreatedAt)
                ON CONFLICT DO NOTHING
                """);
            Sql.Add(command, "Key", hook.Key);
            Sql.Add(command, "AlertId", hook.AlertId);
            Sql.Add(command, "Target", hook.Target);
            Sql.Add(command, "Payload", hook.Payload);
            Sql.Add(command, "CreatedAt", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
