using System.Data.Common;
using Media.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Media.Silo.Storage;

/// <summary>The one relational store of a silo: its ADO.NET invariant, connection string and script folder.</summary>
public sealed class StoreConnection
{
    /// <summary>Orleans' name for SQLite; it maps to Microsoft.Data.Sqlite (see ORLEANS-ADONET.md).</summary>
    public const string SqliteInvariant = "System.Data.SQLite";
    public const string PostgresInvariant = "Npgsql";

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

    /// <summary>The store the profile uses: a SQLite file under the data directory, or PostgreSQL.</summary>
    public static StoreConnection For(MediaOptions options, IConfiguration configuration)
    {
        if (options.Profile == Profiles.Cluster)
        {
            var postgres = configuration.GetConnectionString("Postgres")!;
            return new StoreConnection(PostgresInvariant, postgres, "postgresql", NpgsqlDataSource.Create(postgres));
        }

        var file = Path.Combine(options.DataDirectory, "media.db");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var connectionString = builder.ToString();
        return new StoreConnection(SqliteInvariant, connectionString, "sqlite",
            new TunedSqliteDataSource(connectionString, (int)TimeSpan.FromSeconds(30).TotalMilliseconds));
    }

    /// <summary>Opens a connection to the store.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }
}
