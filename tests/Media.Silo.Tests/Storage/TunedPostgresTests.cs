using Media.Storage;
using Npgsql;

namespace Media.Silo.Tests.Storage;

/// <summary>
/// The cluster profile's connections are not reset when they go back to the pool and prepare the statements used
/// again and again, unless the operator's connection string says otherwise: their own values win.
/// </summary>
public sealed class TunedPostgresTests
{
    [Fact]
    public void A_plain_connection_string_gets_no_reset_and_automatic_preparation()
    {
        var used = Used("Host=127.0.0.1;Port=5432;Database=media;Username=media");

        Assert.True(used.NoResetOnClose);
        Assert.Equal(64, used.MaxAutoPrepare);
        Assert.Equal("media", used.Database);
    }

    [Fact]
    public void The_operators_own_values_are_kept()
    {
        var used = Used("Host=127.0.0.1;Database=media;No Reset On Close=false;MaxAutoPrepare=0");

        Assert.False(used.NoResetOnClose);
        Assert.Equal(0, used.MaxAutoPrepare);
    }

    private static NpgsqlConnectionStringBuilder Used(string connectionString) =>
        new(StoreConnection.ForPostgres(connectionString).DataSource.ConnectionString);
}
