using Media.Probes.Http;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// One silo per test class with the government site on loopback, the loopback resolver seam, a one-second check timeout
/// and at most three columns per content probe; Media's clock stands still at Beijing 2026-11-26 10:00. Whether Media's
/// network is up is the canary: the site's own home page, or a loopback port nobody listens on.
/// </summary>
public abstract class WebsiteProbeSilo : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    private protected WebsiteProbeSilo(bool networkUp, bool scheduled = false)
    {
        var canary = networkUp ? Site.Url("/") : new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        Silo = new SiloFactory
        {
            Clock = Clock,
            Settings =
            {
                ["Probes:AllowPrivateAddresses"] = "true",
                ["Probes:PerHostInterval"] = "00:00:00",
                ["Probes:NetworkCanaries:0"] = canary.ToString(),
                ["Probes:SiteColumnsPerProbe"] = "3",
                ["Rules:Websites:ProbeTimeoutSeconds"] = "1",
            },
            TestServices = services => services.AddSingleton<INameResolver>(Resolver),
        };
        if (scheduled)
        {
            // Availability slots every second, each checking at once; probe rounds stay out of the way.
            Silo.Settings["Schedules:Enabled"] = "true";
            Silo.Settings["Schedules:SiteChecks"] = "* * * * * ?";
            Silo.Settings["Schedules:SiteCheckSpread"] = "00:00:00";
            Silo.Settings["Schedules:ProbeRound"] = "0 0 3 1 1 ?";
        }
    }

    internal LoopbackServer Site { get; } = GovSite.Start();

    public FakeTimeProvider Clock { get; } = new(Now);

    internal LoopbackResolver Resolver { get; } = new();

    public SiloFactory Silo { get; }

    public T Get<T>()
        where T : notnull => Silo.Services.GetRequiredService<T>();

    /// <summary>The site under its <c>.gov.cn</c> name, which only the loopback resolver knows.</summary>
    public Uri Named(string path, int? port = null) => new($"http://www.yangli.gov.cn:{port ?? Site.Port}{path}");

    /// <summary>
    /// A home page to check: a path of the site under its name, or <c>closed-port</c> (the name on a port nobody listens
    /// on), or <c>no-such-name</c> (a name the resolver answers does not exist).
    /// </summary>
    public Uri Target(string target) => target switch
    {
        "closed-port" => Named("/", FreePort.Next()),
        "no-such-name" => new Uri($"http://www.nosuch.example.cn:{Site.Port}/"),
        _ => Named(target),
    };

    public async ValueTask DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Site.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Media's network is up: the canary answers.</summary>
public sealed class NetworkUpSilo() : WebsiteProbeSilo(networkUp: true);

/// <summary>Media's network is up, and the Quartz schedule runs availability slots every second.</summary>
public sealed class ScheduledChecksSilo() : WebsiteProbeSilo(networkUp: true, scheduled: true);

/// <summary>Media's network is down: the canary does not answer.</summary>
public sealed class NetworkDownSilo() : WebsiteProbeSilo(networkUp: false);
