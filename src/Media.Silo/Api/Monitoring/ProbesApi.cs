using Media.Abstractions.Index;
using Media.Abstractions.Probing;
using Media.Application;
using Media.Domain.Validation;
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

    private static async Task<IResult> ListGapsAsync(HttpContext context, IGrainFactory grains, string? region)
    {
        var caller = CallerClaims.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("采集缺口由管理员和监管单位查看");
        }

        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null || !errors.IsEmpty)
        {
            return Problems.For(forbidden ?? Refusal.Invalid(errors));
        }

        var query = new IndexQuery(null, null, null, null, 1000, GapOnly: true);
        var pages = await RegionFanOut.AskAsync(grains, scope, index => index.QueryAsync(query));
        var items = pages.SelectMany(p => p.Items).OrderBy(e => e.AccountId, StringComparer.Ordinal)
            .Select(e => new { accountId = e.AccountId, e.Name, e.Platform, e.RegionCode, e.LastProbedAt, e.LastPostAt });
        return TypedResults.Ok(new { items, total = pages.Sum(p => p.Total) });
    }
}
