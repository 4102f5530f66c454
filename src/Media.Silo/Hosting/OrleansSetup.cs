using Media.Domain.Filing;
using Media.Grains;
using Media.Grains.Index;
using Media.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Media.Silo.Hosting;

/// <summary>Orleans co-hosted in the web process, wired for the embedded or the cluster profile.</summary>
public static class OrleansSetup
{
    public static WebApplicationBuilder AddMediaOrleans(this WebApplicationBuilder builder)
    {
        var options = MediaOptionsValidator.ReadOrThrow(builder.Configuration);
        var endpoints = MediaOptionsValidator.Endpoints(builder.Configuration);
        var (siloPort, gatewayPort) = endpoints.PortsFor(options.Profile);
        var store = options.Profile == Profiles.Cluster
            ? StoreConnection.ForPostgres(builder.Configuration.GetConnectionString("Postgres")!)
            : StoreConnection.ForSqlite(options.DataDirectory);
        var sqlRoot = Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "sql");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddKeyedSingleton(MediaClock.Key, TimeProvider.System);
        // Before Orleans, so the schema (and its query rows) exist when the storage provider starts.
        builder.Services.AddMediaStorage(store, sqlRoot, MediaClock.Key);
        builder.Services.AddSingleton<IndexNotes>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<IndexNotes>());

        builder.UseOrleans(silo =>
        {
            if (options.Profile == Profiles.Cluster)
            {
                silo.Configure<ClusterOptions>(c =>
                {
                    c.ClusterId = options.ClusterId;
                    c.ServiceId = options.ServiceId;
                });
                // Failure detection (Orleans:Membership:ProbeTimeout, NumMissedProbesLimit, ...): Orleans' defaults
                // unless the operator tunes them; the cluster tests shorten them to see a killed silo declared dead sooner.
                silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
                silo.UseAdoNetClustering(c =>
                {
                    c.Invariant = store.Invariant;
                    c.DataSource = store.DataSource;
                });
                if (string.IsNullOrEmpty(endpoints.AdvertisedAddress))
                {
                    silo.ConfigureEndpoints(siloPort, gatewayPort);
                }
                else
                {
                    silo.ConfigureEndpoints(System.Net.IPAddress.Parse(endpoints.AdvertisedAddress), siloPort, gatewayPort,
                        listenOnAnyHostAddress: true);
                }
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, null, options.ServiceId, options.ClusterId);
            }

            // The Orleans Dashboard (admins only, /dashboard); it profiles every grain call, so it can be turned off.
            if (builder.Configuration.GetValue(Web.WebSetup.OrleansDashboardKey, true))
            {
                silo.AddDashboard();
            }

            // A sweep over a million accounts is one grain call from the API: give it minutes, not 30 s.
            silo.Configure<SiloMessagingOptions>(m => m.ResponseTimeout = TimeSpan.FromMinutes(10));
            silo.AddMediaGrainStorage(StateNames.Store, store);
        });

        // After Orleans, so the silo runs when they start. The warm-up only reads and runs on in the background; the gate waits
        // for the store's quick_check, which ran beside Orleans' start and the warm-up; recovery, the first to write, comes after
        // it, and the web server after every hosted service.
        builder.Services.AddSingleton<IndexWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexWarmUp>());
        builder.Services.AddHostedService<StoreIntactGate>();
        builder.Services.AddHostedService<FilingRecovery>();

        return builder;
    }
}
