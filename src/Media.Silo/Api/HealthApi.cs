using System.Data.Common;
using Media.Abstractions.Index;
using Media.Grains;
using Media.Silo.Hosting;
using Media.Storage;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api;

/// <summary>
/// <c>GET /healthz</c>: 200 when the silo answers and the store answers a query and takes a write; otherwise 503 with
/// <c>status: degraded</c> and what is wrong (a full disk still answers reads, so only a write shows it).
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", CheckAsync).AllowAnonymous();
        return routes;
    }

    private static async Task<IResult> CheckAsync(StoreConnection store, IGrainFactory grains, ILocalSiloDetails silo,
        IOptions<MediaOptions> options, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT COUNT(*) FROM OrleansQuery";
            var queries = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(connection, silo.SiloAddress.ToParsableString(), clock.GetUtcNow(), cancellationToken);
            var regions = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
            return TypedResults.Ok(new { status = "ok", profile = options.Value.Profile, storageQueries = queries, indexedRegions = regions.Length });
        }
        catch (Exception e) when (e is DbException or OrleansException or TimeoutException or IOException)
        {
            var fault = StorageFaults.Classify(e) is var f && f != StorageFault.None ? f : StorageFault.Unavailable;
            var (_, title, _) = StorageFaults.Describe(fault);
            return TypedResults.Json(new { status = "degraded", storage = fault.ToString().ToLowerInvariant(), title, detail = e.Message },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task WriteAsync(DbConnection connection, string silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var write = connection.CreateCommand();
        write.CommandText = """
            INSERT INTO MediaHealth (Silo, CheckedAt) VALUES (@Silo, @At)
            ON CONFLICT (Silo) DO UPDATE SET CheckedAt = excluded.CheckedAt
            """;
        Add(write, "Silo", silo);
        Add(write, "At", at.ToUniversalTime());
        await write.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
