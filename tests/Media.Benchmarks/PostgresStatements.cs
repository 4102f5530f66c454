using System.Globalization;
using Npgsql;

namespace Media.Benchmarks;

/// <summary>
/// Where a cluster run's database time goes: with MEDIA_BENCH_PG_STATS=1 the harness loads pg_stat_statements and, at
/// the end of the run, prints the statements with the most calls (calls, mean and total milliseconds) to stderr.
/// </summary>
internal static class PostgresStatements
{
    public static bool Enabled => Environment.GetEnvironmentVariable("MEDIA_BENCH_PG_STATS") == "1";

    /// <summary>The server settings the profile needs (none when it is off).</summary>
    public static string[] Settings => Enabled ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"] : [];

    public static async Task InstallAsync(string connectionString)
    {
        if (Enabled)
        {
            await ExecuteAsync(connectionString, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    public static async Task PrintAsync(string connectionString)
    {
        if (!Enabled)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT calls, mean_exec_time, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) FROM pg_stat_statements " +
            "ORDER BY calls DESC LIMIT 25", connection);
        await using var reader = await query.ExecuteReaderAsync();
        Console.Error.WriteLine("pg_stat_statements: calls, mean ms, total ms, statement");
        while (await reader.ReadAsync())
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {reader.GetInt64(0),9} {reader.GetDouble(1),8:F3} {reader.GetDouble(2),10:F0}  {reader.GetString(3)}"));
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
