using System.Globalization;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>Filings in flight as the <c>MediaFilingIntent</c> table, finished into <c>MediaAuditLog</c>.</summary>
internal sealed class SqlFilingIntents(StoreConnection store, StoreWriter writer, SqlAuditLog audit) : IFilingIntents
{
    private static readonly string[] Columns = ["AccountId", "Ordinal", "FiledAt", "Actor", "Action", "Before", "After"];
    private static readonly string[] KeyColumns = ["AccountId", "Ordinal", "FiledAt"];

    // Written with the filings' audit rows and index lines (group commit): one more row in transactions a burst shares.
    public Task RecordAsync(FilingIntent intent) =>
        writer.WriteAsync(batch => batch.ExecuteAsync("""
            INSERT INTO MediaFilingIntent (AccountId, Ordinal, FiledAt, Actor, Action, Before, After)
            VALUES (@AccountId, @Ordinal, @FiledAt, @Actor, @Action, @Before, @After)
            ON CONFLICT (AccountId, Ordinal) DO UPDATE SET FiledAt = excluded.FiledAt, Actor = excluded.Actor,
                Action = excluded.Action, Before = excluded.Before, After = excluded.After
            """, Columns, intent.AccountId, intent.Ordinal, Sql.Instant(intent.FiledAt), intent.Actor, intent.Action,
            intent.Before, intent.After));

    // The delete comes first and decides: a second finisher (a start-up replay racing the filing itself, or another
    // silo's replay) finds the row gone, on PostgreSQL after waiting for the first one's row lock, and adds nothing.
    public Task CompleteAsync(FilingIntent intent) =>
        writer.WriteAsync(async batch =>
        {
            if (await DeleteAsync(batch, intent) == 0)
            {
                return false;
            }

            // The same chained append as every other audit row, so the hash chain covers finished filings too.
            return await audit.AppendChainedAsync(batch, intent.Audit);
        });

    public Task DropAsync(FilingIntent intent) => writer.WriteAsync(batch => DeleteAsync(batch, intent));

    public async Task<IReadOnlyList<FilingIntent>> ReadAsync(string afterAccount, int afterOrdinal, int take)
    {
        await using var connection = await store.OpenAsync();
        await using var command = Sql.Command(connection, null, """
            SELECT AccountId, Ordinal, FiledAt, Actor, Action, Before, After FROM MediaFilingIntent
            WHERE AccountId > @AccountId OR (AccountId = @AccountId AND Ordinal > @Ordinal)
            ORDER BY AccountId, Ordinal LIMIT @Take
            """);
        Sql.Add(command, "AccountId", afterAccount);
        Sql.Add(command, "Ordinal", afterOrdinal);
        Sql.Add(command, "Take", take);
        var intents = new List<FilingIntent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            intents.Add(new FilingIntent(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                Sql.ReadInstant(reader, 2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return intents;
    }

    // Keyed by the filing's time too: a retry of a filing that failed has replaced the row with its own, which only it removes.
    private static Task<int> DeleteAsync(WriteBatch batch, FilingIntent intent) =>
        batch.ExecuteAsync("DELETE FROM MediaFilingIntent WHERE AccountId = @AccountId AND Ordinal = @Ordinal AND FiledAt = @FiledAt",
            KeyColumns, intent.AccountId, intent.Ordinal, Sql.Instant(intent.FiledAt));
}
