using System.Data.Common;
using Npgsql;

namespace Media.Storage.Performance;

/// <summary>
/// The cluster profile's data source: the operator's connection string, with two defaults changed unless it sets them.
/// <list type="bullet">
/// <item>No reset when a connection goes back to the pool. Npgsql's default sends <c>DISCARD ALL</c> with the next use,
/// which also drops every prepared statement: three silos filing ran 87,000 of them for 25,000 filings. Media keeps no
/// session state (no <c>SET</c>, no session locks, no temporary tables), so there is nothing to reset.</item>
/// <item>Statements used again and again (the same few dozen: the grain state upsert, the audit append, the intent
/// insert and delete, the index lines) are prepared once per connection instead of parsed and planned on every call.</item>
/// </list>
/// </summary>
internal static class TunedPostgres
{
    private const int AutoPrepared = 64;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Given(given, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Given(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPrepared;
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    private static bool Given(DbConnectionStringBuilder given, params string[] names) => names.Any(given.ContainsKey);
}
