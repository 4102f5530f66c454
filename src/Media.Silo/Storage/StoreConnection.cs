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

    private StoreConnection(string invariant, string connectionString, string scriptFolder, DbProviderFactory factory)
    {
        Invariant = invariant;
        ConnectionString = connectionString;
        ScriptFolder = scriptFolder;
        Factory = factory;
    }

    public string Invariant { get; }

    public string ConnectionString { get; }

    /// <summary>The folder under <c>silo-config/sql/</c> whose scripts build this store's schema.</summary>
    public string ScriptFolder { get; }

    public DbProviderFactory Factory { get; }

    public bool IsSqlite => Invariant == SqliteInvariant;

    /// <summary>The store the profile uses: a SQLite file under the data directory, or PostgreSQL.</summary>
    public static StoreConnection For(MediaOptions options, IConfiguration configuration)
    {
        if (options.Profile == Profiles.Cluster)
        {
            return new StoreConnection(PostgresInvariant, configuration.GetConnectionString("Postgres")!,
                "postgresql", NpgsqlFactory.Instance);
        }

        var file = Path.Combine(options.DataDirectory, "media.db");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Also the busy timeout: a writer waits this long for the single SQLite write lock.
            DefaultTimeout = 30,
        };
        return new StoreConnection(SqliteInvariant, builder.ToString(), "sqlite", SqliteFactory.Instance);
    }

    /// <summary>Opens a connection to the store.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Factory.CreateConnection()!;
        connection.ConnectionString = ConnectionString;
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
