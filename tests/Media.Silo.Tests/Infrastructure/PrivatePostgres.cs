using Media.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL server (<see cref="PostgresServer"/>) for one test class, without fsync: the silos are killed,
/// not PostgreSQL. Without the binaries the tests skip, unless MEDIA_REQUIRE_ALL=1 (CI), where they fail.
/// </summary>
public sealed class PrivatePostgres : IAsyncLifetime
{
    private PostgresServer? _server;

    public string? Unavailable { get; } = PostgresServer.Unavailable;

    public async ValueTask InitializeAsync()
    {
        if (Unavailable is null)
        {
            _server = await PostgresServer.StartAsync("fsync=off");
        }
    }

    /// <summary>Skips the calling test when the server could not start (fails instead under MEDIA_REQUIRE_ALL=1).</summary>
    public void RequireAvailable() => Require(Unavailable);

    /// <summary>Skips when <paramref name="unavailable"/> names a reason (fails instead under MEDIA_REQUIRE_ALL=1).</summary>
    public static void Require(string? unavailable)
    {
        if (unavailable is null)
        {
            return;
        }

        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", unavailable);
        Assert.Skip(unavailable);
    }

    /// <summary>A new empty database; its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync();

    /// <summary>A new database with Media's schema applied, as a silo's store (skips as <see cref="RequireAvailable"/> does).</summary>
    public async Task<StoreConnection> CreateStoreAsync()
    {
        RequireAvailable();
        var store = StoreConnection.ForPostgres(await CreateDatabaseAsync());
        await new StoreSchema(store, RepositoryRoot.File("silo-config", "sql"), NullLogger<StoreSchema>.Instance).ApplyAsync();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private PostgresServer Server => _server ?? throw new InvalidOperationException(Unavailable);
}
