using Media.Abstractions.Storage;
using Media.Storage.Performance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Media.Storage;

/// <summary>The silo's wiring of its relational store: schema, adapters behind the storage ports, and Orleans' grain storage.</summary>
public static class StorageSetup
{
    /// <summary>
    /// Registers <paramref name="store"/>, the schema applied at start (Media's scripts under <paramref name="sqlRoot"/>),
    /// and the adapters of <see cref="IAuditLog"/>, <see cref="IFilingIntents"/>, <see cref="IPostLog"/>, <see cref="IRegionIndexStore"/>, <see cref="ISamplingInspections"/> and
    /// <see cref="IAlertStore"/>. Call it before Orleans is added: the schema (with Orleans' query rows) must exist when
    /// the grain storage provider starts, and hosted services start in registration order.
    /// </summary>
    /// <param name="services">The silo's services.</param>
    /// <param name="store">The silo's one store.</param>
    /// <param name="sqlRoot">The operator's <c>silo-config/sql</c> folder.</param>
    /// <param name="clockKey">The key of the <see cref="TimeProvider"/> the outbox stamps its mails with.</param>
    public static IServiceCollection AddMediaStorage(this IServiceCollection services, StoreConnection store, string sqlRoot, object clockKey)
    {
        services.AddSingleton(store);
        services.AddSingleton(sp => new StoreSchema(store, sqlRoot, sp.GetRequiredService<ILogger<StoreSchema>>()));
        services.AddSingleton(_ => new StoreWriter(store));
        services.AddSingleton(_ => new StoreHealth(store));
        services.AddSingleton<SqlAuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<SqlAuditLog>());
        services.AddSingleton<IFilingIntents, SqlFilingIntents>();
        services.AddSingleton<IPostLog, SqlPostLog>();
        services.AddSingleton<IRegionIndexStore, SqlRegionIndexStore>();
        services.AddSingleton<ISamplingInspections, SqlSamplingInspections>();
        services.AddSingleton<IAlertStore>(sp => new SqlAlertStore(store, sp.GetRequiredKeyedService<TimeProvider>(clockKey)));
        services.AddHostedService<StoreSchemaInitializer>();
        return services;
    }

    /// <summary>Orleans' ADO.NET grain storage named <paramref name="name"/> on <paramref name="store"/>'s data source.</summary>
    public static ISiloBuilder AddMediaGrainStorage(this ISiloBuilder silo, string name, StoreConnection store) =>
        silo.AddAdoNetGrainStorage(name, o => o.Configure<Serializer>((storage, serializer) =>
        {
            storage.Invariant = store.Invariant;
            // On SQLite the tuned data source, so Orleans' writes join the group commit (Performance/README.md).
            storage.DataSource = store.DataSource;
            // Orleans' own version-tolerant binary format: compact, fast, and it follows the [Id]s.
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
}
