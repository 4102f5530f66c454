using System.Net;
using Media.Abstractions.Telemetry;
using OpenTelemetry.Metrics;

namespace Media.Silo.Operations;

/// <summary>
/// OpenTelemetry metrics in Prometheus text at <c>/metrics</c>: HTTP requests (ASP.NET Core's meters), grain calls
/// (Orleans' <c>Microsoft.Orleans</c> meter), and Media's own meter (sweep duration, probe results, outbox depth, gaps).
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>Configuration key: networks besides loopback that may read /metrics, e.g. <c>10.0.0.0/8</c>.</summary>
    public const string AllowFromKey = "Metrics:AllowFrom";

    public static WebApplicationBuilder AddMediaMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MediaGauges>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.Orleans", MediaMetrics.MeterName)
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapMediaMetrics(this WebApplication app)
    {
        // The gauges register their callbacks when first resolved; the exporter only sees meters that exist.
        app.Services.GetRequiredService<MediaGauges>();
        var allowed = app.Configuration.GetSection(AllowFromKey).Get<string[]>() ?? [];
        var networks = allowed.Select(IPNetwork.Parse).ToArray();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, optionsName: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
        {
            // The figures tell outsiders how many alerts wait and how the probes fare, and the endpoint takes no
            // sign-in (Prometheus scrapes without one), so only the machine itself and named networks may read it.
            if (!IsAllowed(context.Connection.RemoteIpAddress, networks))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        }));
        return app;
    }

    // No remote address means an in-process or Unix-socket caller, which is on this machine.
    internal static bool IsAllowed(IPAddress? remote, IPNetwork[] networks)
    {
        if (remote is null)
        {
            return true;
        }

        // A dual-stack listener reports IPv4 callers as ::ffff:a.b.c.d; compare them as the IPv4 addresses they are.
        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return IPAddress.IsLoopback(address) || networks.Any(n => n.Contains(address));
    }
}
