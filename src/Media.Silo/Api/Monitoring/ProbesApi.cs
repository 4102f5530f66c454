using Media.Abstractions.Probing;
using Media.Application.Monitoring;
using Media.Domain.Regions;
using Media.Silo.Auth;
using Media.Silo.Scheduling;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Monitoring;

/// <summary>Collector health: run a probe round now (admins), and list the accounts Media cannot read.</summary>
public static class ProbesApi
{
    public static IEndpointRouteBuilder MapProbesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/probes/rounds", RunRoundAsync).RequireAuthorization();
        routes.MapGet("/api/monitoring/gaps", ListGapsAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> RunRoundAsync(HttpContext context, IGrainFactory grains, IOptions<ScheduleOptions> options,
        [FromKeyedServices(Grains.MediaClock.Key)] TimeProvider clock)
    {
        if (!CallerClaims.From(context.User).IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以手动发起采集");
        }

        var o = options.Value;
        var result = await grains.GetGrain<IProbeRoundGrain>($"manual/{Guid.NewGuid():N}")
            .RunAsync(clock.GetUtcNow(), o.ProbeEvery, o.ProbesPerRound);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> ListGapsAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        string? region, string? cause, string? page, string? pageSize)
    {
        var listed = await GapListing.QueryAsync(CallerClaims.From(context.User), grains, regions, region, cause, page, pageSize);
        return listed.IsDone ? TypedResults.Ok(listed.Value) : Problems.For(listed.Refusal);
    }
}
