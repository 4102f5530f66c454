using System.Data.Common;
using Media.Storage.Performance;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Media.Storage;

/// <summary>The one relational store of a silo: its ADO.NET invariant, connection string and script folder.</summary>
public sealed class StoreConnection
{
    /// <summary>Orleans' name for SQLite; it maps to Microsoft.Data.Sqlite (see ORLEANS-ADONET.md).</summary>
    public const string SqliteInvariant = "System.Data.SQLite";
    public const string PostgresInvariant = "Npgsql";

    /// <summary>How long a SQLite writer waits for its turn (and SQLite for its lock) before it fails as busy.</summary>
    private static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(30);

    private StoreConnection(string invariant, string connectionString, string scriptFolder, DbDataSource dataSource)
    {
        Invariant = invariant;
        ConnectionString = connectionString;
        ScriptFolder = scriptFolder;
        DataSource = dataSource;
    }

    public string Invariant { get; }

    public string ConnectionString { get; }

    /// <summary>The folder under <c>silo-config/sql/</c> whose scripts build this store's schema.</summary>
    public string ScriptFolder { get; }

    /// <summary>Where every connection of the silo comes from, Orleans' included.</summary>
    public DbDataSource DataSource { get; }

    public bool IsSqlite => Invariant == SqliteInvariant;

    /// <summary>The embedded profile's store: <c>media.db</c> in <paramref name="dataDirectory"/>, written through the tuned data source.</summary>
    public static StoreConnection ForSqlite(string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "media.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)SqliteBusyTimeout.TotalSeconds,
        };
        var connectionString = builder.ToString();
        return new StoreConnection(SqliteInvariant, connectionString, "sqlite",
            new TunedSqliteDataSource(connectionString, (int)SqliteBusyTimeout.TotalMilliseconds));
    }

    /// <summary>The cluster profile's store: PostgreSQL at <paramref name="connectionString"/>, through the tuned data source.</summary>
    public static StoreConnection ForPostgres(string connectionString) =>
        new(PostgresInvariant, connectionString, "postgresql", TunedPostgres.Create(connectionString));

    /// <summary>Opens a connection to the store.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }
}
