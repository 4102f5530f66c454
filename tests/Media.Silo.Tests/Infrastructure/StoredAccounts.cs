using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// What a silo's SQLite file holds about accounts, read beside (or after) the silo through a read-only connection:
/// storage is the truth a restart must bring the index and the audit log in line with.
/// </summary>
public static class StoredAccounts
{
    /// <summary>The ids of the accounts whose grain state is stored.</summary>
    public static Task<HashSet<string>> IdsAsync(string dataDir) =>
        ReadAsync(dataDir, "SELECT GrainIdExtensionString FROM OrleansStorage WHERE GrainTypeString = 'account'");

    /// <summary>The subject of every <c>account.open</c> audit row, one entry per row (so a doubled row shows).</summary>
    public static async Task<List<string>> OpeningAuditsAsync(string dataDir)
    {
        var subjects = new List<string>();
        await ForEachAsync(dataDir, "SELECT Subject FROM MediaAuditLog WHERE Action = 'account.open'", subjects.Add);
        return subjects;
    }

    private static async Task<HashSet<string>> ReadAsync(string dataDir, string sql)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await ForEachAsync(dataDir, sql, id => ids.Add(id));
        return ids;
    }

    private static async Task ForEachAsync(string dataDir, string sql, Action<string> take)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, "media.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            take(rows.GetString(0));
        }
    }
}
