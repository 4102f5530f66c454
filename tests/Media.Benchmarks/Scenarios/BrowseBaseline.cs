using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// The browse scenario's baseline: the same N accounts in one SQLite table with the indexes a plain application would add
/// (jurisdiction and id for the lists, a trigram full-text index for substring search), each list asked as the API asks it
/// (a page of 50 in id order and the count), timed the same way: a warm-up, then sequential calls, p95 per kind.
/// </summary>
internal static class BrowseBaseline
{
    private const string Columns = "id, name, unit_code, unit_name, region, status, platform, opened_on";

    public static JsonObject Measure(int n, string city, int calls)
    {
        var file = Path.Combine(Path.GetTempPath(), $"media-bench-browse-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            Fill(connection, n);
            var p95 = new JsonObject();
            // A jurisdiction is a range of region codes: a city 4401xx, the province 44xxxx.
            foreach (var (who, scope) in new[] { ("city", (city, city[..4] + "99")), ("province", ("440000", "449999")) })
            {
                var pick = Enumerable.Range(0, n).Where(i => string.CompareOrdinal(BrowseScenario.RegionOf(i), scope.Item1) >= 0
                    && string.CompareOrdinal(BrowseScenario.RegionOf(i), scope.Item2) <= 0).ToList();
                int Pick(int call) => pick[(int)((long)call * 7919 % pick.Count)];
                var total = Count(connection, "a.region BETWEEN $from AND $to", scope, null);
                var deep = Math.Clamp((total + 49) / 50, 1, 200);
                var kinds = new (string Kind, string Where, Func<int, string?> Text, int Offset)[]
                {
                    ("accounts.page1", "a.region BETWEEN $from AND $to", _ => null, 0),
                    ("accounts.deep", "a.region BETWEEN $from AND $to", _ => null, (deep - 1) * 50),
                    ("search.name", Search, i => "账号" + Pick(i).ToString(CultureInfo.InvariantCulture), 0),
                    ("search.handle", Search, i => Synthetic.AccountId(Pick(i))["weibo:".Length..], 0),
                    ("search.unitName", Search, i => "单位" + (Pick(i) / Synthetic.AccountsPerUnit).ToString(CultureInfo.InvariantCulture), 0),
                    ("search.unitCode", Search, i => Synthetic.UnitCode(Pick(i) / Synthetic.AccountsPerUnit), 0),
                    ("violations", "a.region BETWEEN $from AND $to AND a.silent = 1", _ => null, 0),
                };
                foreach (var (kind, where, text, offset) in kinds)
                {
                    p95[$"{who}.{kind}"] = Time(calls, i =>
                    {
                        Page(connection, where, scope, text(i), offset);
                        Count(connection, where, scope, text(i));
                    });
                }
            }

            return p95;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private const string Search = "a.region BETWEEN $from AND $to AND a.rowid IN (SELECT rowid FROM search WHERE search MATCH $text)";

    private static double Time(int calls, Action<int> call)
    {
        for (var i = 0; i < 5; i++)
        {
            call(calls + i);
        }

        var times = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var watch = Stopwatch.StartNew();
            call(i);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return BrowseScenario.Percentile(times, 95);
    }

    private static void Page(SqliteConnection connection, string where, (string From, string To) scope, string? text, int offset)
    {
        using var query = Command(connection, $"SELECT {Columns} FROM account a WHERE {where} ORDER BY a.id LIMIT 50 OFFSET {offset}", scope, text);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(1);
        }
    }

    private static int Count(SqliteConnection connection, string where, (string From, string To) scope, string? text)
    {
        using var query = Command(connection, $"SELECT COUNT(*) FROM account a WHERE {where}", scope, text);
        return Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string From, string To) scope, string? text)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", scope.From);
        command.Parameters.AddWithValue("$to", scope.To);
        if (text is not null)
        {
            // A quoted phrase: the trigram index finds it as a substring of any column, as the lists' search does.
            command.Parameters.AddWithValue("$text", "\"" + text + "\"");
        }

        return command;
    }

    private static void Fill(SqliteConnection connection, int n)
    {
        SweepScenario.Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE account (id TEXT PRIMARY KEY, name TEXT NOT NULL, " +
            "unit_code TEXT NOT NULL, unit_name TEXT NOT NULL, region TEXT NOT NULL, status INTEGER NOT NULL, platform TEXT NOT NULL, " +
            "opened_on TEXT NOT NULL, silent INTEGER NOT NULL); CREATE INDEX ix_region ON account (region, id); " +
            "CREATE INDEX ix_silent ON account (silent, region, id); " +
            "CREATE VIRTUAL TABLE search USING fts5(name, id, unit_code, unit_name, tokenize='trigram');");
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO account VALUES ($id, $name, $unit, $unitName, $region, 0, 'weibo', '2026-01-01', $silent); " +
            "INSERT INTO search (rowid, name, id, unit_code, unit_name) VALUES (last_insert_rowid(), $name, $id, $unit, $unitName)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var unit = insert.Parameters.Add("$unit", SqliteType.Text);
        var unitName = insert.Parameters.Add("$unitName", SqliteType.Text);
        var region = insert.Parameters.Add("$region", SqliteType.Text);
        var silent = insert.Parameters.Add("$silent", SqliteType.Integer);
        for (var i = 0; i < n; i++)
        {
            var u = i / Synthetic.AccountsPerUnit;
            (id.Value, name.Value, unit.Value) = (Synthetic.AccountId(i), "账号" + i.ToString(CultureInfo.InvariantCulture), Synthetic.UnitCode(u));
            (unitName.Value, region.Value) = ("单位" + u.ToString(CultureInfo.InvariantCulture), BrowseScenario.RegionOf(i));
            silent.Value = SweepScenario.Silent(i) ? 1 : 0;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
