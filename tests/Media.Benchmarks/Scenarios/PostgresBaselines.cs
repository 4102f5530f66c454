using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// The cluster profile's same-run baselines: the scenario's rows written to (or found in) a fresh database of the
/// cluster's own PostgreSQL server with plain Npgsql, as plainly as the SQLite baselines do it for the embedded profile.
/// </summary>
internal static class PostgresBaselines
{
    /// <summary>Single-row inserts, each its own durable transaction (autocommit): the least a filing can cost.</summary>
    public static async Task<Baseline> FilingAsync(PostgresServer server, int n)
    {
        await using var connection = await OpenAsync(server, "CREATE TABLE filing (id text PRIMARY KEY, unit text NOT NULL, body text NOT NULL)");
        await using var insert = new NpgsqlCommand("INSERT INTO filing VALUES ($1, $2, $3)", connection);
        insert.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = new string('x', 600) });
        await insert.PrepareAsync();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            ((NpgsqlParameter<string>)insert.Parameters[0]).TypedValue = $"weibo:file{i:D7}";
            ((NpgsqlParameter<string>)insert.Parameters[1]).TypedValue = Synthetic.UnitCode(i);
            await insert.ExecuteNonQueryAsync();
        }

        return new Baseline("PostgreSQL single-row durable inserts (Npgsql)", watch.Elapsed.TotalSeconds);
    }

    /// <summary>The same posts by binary COPY, one transaction per batch.</summary>
    public static async Task<Baseline> IngestAsync(PostgresServer server, IEnumerable<(string Account, string Post, string At, string Title)> rows, int batch)
    {
        await using var connection = await OpenAsync(server,
            "CREATE TABLE post (account text NOT NULL, post_id text NOT NULL, published_at text NOT NULL, title text, PRIMARY KEY (account, post_id))");
        var watch = Stopwatch.StartNew();
        foreach (var chunk in rows.Chunk(batch))
        {
            await using var copy = await connection.BeginBinaryImportAsync("COPY post FROM STDIN (FORMAT BINARY)");
            foreach (var row in chunk)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(row.Account, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Post, NpgsqlDbType.Text);
                await copy.WriteAsync(row.At, NpgsqlDbType.Text);
                await copy.WriteAsync(row.Title, NpgsqlDbType.Text);
            }

            await copy.CompleteAsync();
        }

        return new Baseline($"PostgreSQL binary COPY ({batch:N0} rows per transaction, Npgsql)", watch.Elapsed.TotalSeconds);
    }

    /// <summary>The indexed query that finds the silent accounts among the same <paramref name="n"/> rows.</summary>
    public static async Task<Baseline> SweepAsync(PostgresServer server, int n, Func<int, bool> silent, DateOnly today)
    {
        await using var connection = await OpenAsync(server, "CREATE TABLE account (id text PRIMARY KEY, status int NOT NULL, opened_on date NOT NULL, " +
            "last_post_at date NULL); CREATE INDEX ix_silence ON account (status, (COALESCE(last_post_at, opened_on)), opened_on)");
        await using (var copy = await connection.BeginBinaryImportAsync("COPY account (id, status, opened_on) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Synthetic.AccountId(i), NpgsqlDbType.Text);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(today.AddDays(silent(i) ? -30 : -5), NpgsqlDbType.Date);
            }

            await copy.CompleteAsync();
        }

        await Execute(connection, "ANALYZE account");
        await using var query = new NpgsqlCommand(
            "SELECT id FROM account WHERE status = 0 AND COALESCE(last_post_at, opened_on) <= $1 AND opened_on <= $1", connection);
        query.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = today.AddDays(-14) });
        var watch = Stopwatch.StartNew();
        var found = 0;
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found++;
            }
        }

        return new Baseline(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL indexed query ({found} rows found)"), watch.Elapsed.TotalSeconds);
    }

    private static async Task<NpgsqlConnection> OpenAsync(PostgresServer server, string schema)
    {
        var connection = new NpgsqlConnection(await server.CreateDatabaseAsync());
        await connection.OpenAsync();
        await Execute(connection, schema);
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
