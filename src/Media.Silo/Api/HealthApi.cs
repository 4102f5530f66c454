using Media.Abstractions.Index;
using Media.Silo.Hosting;
using Media.Storage;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api;

/// <summary><c>GET /healthz</c>: 200 when the silo answers and the store answers a query.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", CheckAsync).AllowAnonymous();
        return routes;
    }

    private static async Task<IResult> CheckAsync(StoreConnection store, IGrainFactory grains,
        IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM OrleansQuery";
            var queries = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            var regions = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
            return TypedResults.Ok(new { status = "ok", profile = options.Value.Profile, storageQueries = queries, indexedRegions = regions.Length });
        }
        catch (Exception e) when (e is System.Data.Common.DbException or OrleansException or TimeoutException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "服务不可用");
        }
    }
}
