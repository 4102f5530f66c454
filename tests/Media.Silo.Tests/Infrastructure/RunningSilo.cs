namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// One started silo for the tests of a collection that only add data with keys of their own (fresh unit codes,
/// regions, handles), so none of them needs a silo to itself.
/// </summary>
public sealed class RunningSilo : IAsyncLifetime
{
    public SiloFactory Silo { get; } = new();

    public ValueTask InitializeAsync()
    {
        // The first client starts the host, Orleans included.
        Silo.CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}

/// <summary>The storage and grain-lifetime contract tests, sharing one <see cref="RunningSilo"/>.</summary>
[CollectionDefinition(Name)]
public sealed class StorageContracts : ICollectionFixture<RunningSilo>
{
    public const string Name = "storage contracts";
}
