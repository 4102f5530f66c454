using System.Data.Common;
using Media.Abstractions.Index;
using Media.Grains;
using Media.Silo.Hosting;
using Media.Storage;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api;

/// <summary>
/// <c>GET /healthz</c> (and <c>HEAD</c>): 200 when the silo answers and the store answers a query and takes a write; otherwise 503 with
/// <c>status: degraded</c> and what is wrong (a full disk still answers reads, so only a write shows it). While the start still loads
/// the region indexes (<see cref="IndexWarmUp"/>) it waits up to <see cref="WarmUpWait"/> for them and then answers 503 with
/// <c>status: starting</c>: the silo is up, but its lists would wait.
/// </summary>
public static class HealthApi
{
    /// <summary>How long a probe waits for the warm-up before it is told the silo is still starting (an empty store loads in milliseconds).</summary>
    private static readonly TimeSpan WarmUpWait = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        // HEAD too: load balancers and uptime checkers often probe with it.
        routes.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], CheckAsync).AllowAnonymous();
        return routes;
    }

    private static async Task<IResult> CheckAsync(StoreHealth store, IGrainFactory grains, ILocalSiloDetails silo, IndexWarmUp warmUp,
        IOptions<MediaOptions> options, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!warmUp.Ready.IsCompleted && await Task.WhenAny(warmUp.Ready, Task.Delay(WarmUpWait, clock, cancellationToken)) != warmUp.Ready)
        {
            return TypedResults.Json(new { status = "starting", version = MediaVersion.Current, title = "正在载入区域索引", detail = "The region indexes are still loading." },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            var queries = await store.CheckAsync(silo.SiloAddress.ToParsableString(), clock.GetUtcNow(), cancellationToken);
            var regions = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
            return TypedResults.Ok(new { status = "ok", version = MediaVersion.Current, profile = options.Value.Profile, storageQueries = queries, indexedRegions = regions.Length });
        }
        catch (Exception e) when (e is DbException or OrleansException or TimeoutException or IOException)
        {
            var fault = StorageFaults.Classify(e) is var f && f != StorageFault.None ? f : StorageFault.Unavailable;
            var (_, title, _) = StorageFaults.Describe(fault);
            return TypedResults.Json(new { status = "degraded", version = MediaVersion.Current, storage = fault.ToString().ToLowerInvariant(), title, detail = e.Message },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
