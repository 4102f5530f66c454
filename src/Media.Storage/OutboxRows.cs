using System.Data.Common;
using System.Globalization;

namespace Media.Storage;

/// <summary>
/// What the two outboxes (<c>MediaMail</c>, <c>MediaHook</c>) do alike: a row is attempted until the receiver takes it,
/// each failure counted and its next attempt set, and the taken row marked at once so it is never sent again.
/// The table is one of Media's own names, never input.
/// </summary>
internal sealed class OutboxRows(StoreConnection store, string table)
{
    public static readonly string[] Tables = ["MediaMail", "MediaHook"];

    private readonly string _table = Array.Find(Tables, t => t == table) ?? throw new ArgumentOutOfRangeException(nameof(table));

    /// <summary>Unsent rows whose next attempt is due, oldest first, read with <paramref name="read"/> from <paramref name="columns"/>.</summary>
    public async Task<IReadOnlyList<T>> DueAsync<T>(string columns, Func<DbDataReader, T> read, DateTimeOffset now, int take,
        CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null,
            $"SELECT {columns} FROM {_table} WHERE SentAt IS NULL AND NextAttemptAt <= @Now ORDER BY NextAttemptAt, Key LIMIT @Take");
        Sql.Add(command, "Now", Sql.Instant(now));
        Sql.Add(command, "Take", take);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null,
            $"UPDATE {_table} SET SentAt = @At, Attempts = Attempts + 1, LastError = NULL WHERE Key = @Key AND SentAt IS NULL");
        Sql.Add(command, "Key", key);
        Sql.Add(command, "At", Sql.Instant(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null,
            $"UPDATE {_table} SET Attempts = Attempts + 1, NextAttemptAt = @Next, LastError = @Error WHERE Key = @Key AND SentAt IS NULL");
        Sql.Add(command, "Key", key);
        Sql.Add(command, "Next", Sql.Instant(nextAttemptAt));
        Sql.Add(command, "Error", reason.Length > 1000 ? reason[..1000] : reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows waiting, failing (waiting after at least one attempt) and sent, and the latest error of a waiting row.</summary>
    public async Task<(int Pending, int Failing, int Sent, string? LastError)> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, $"""
            SELECT (SELECT COUNT(*) FROM {_table} WHERE SentAt IS NULL),
                   (SELECT COUNT(*) FROM {_table} WHERE SentAt IS NULL AND Attempts > 0),
                   (SELECT COUNT(*) FROM {_table} WHERE SentAt IS NOT NULL),
                   (SELECT LastError FROM {_table} WHERE SentAt IS NULL AND LastError IS NOT NULL ORDER BY NextAttemptAt DESC LIMIT 1)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (Count(reader.GetValue(0)), Count(reader.GetValue(1)), Count(reader.GetValue(2)), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    private static int Count(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
