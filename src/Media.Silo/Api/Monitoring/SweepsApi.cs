using Media.Abstractions.Sweeps;
using Media.Application;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Monitoring;

/// <summary><c>POST /api/sweeps</c>: sweep now (or, for admins, as of a given instant) and report; <c>dryRun</c> only detects.</summary>
public static class SweepsApi
{
    public sealed record SweepRequest(DateTimeOffset? At, bool? DryRun = null);

    /// <summary>A dry run: the detection pass alone, with how many accounts a sweep would wake.</summary>
    public sealed record PreviewResponse(DateTimeOffset At, int Checked, int Candidates, long DurationMs);

    public sealed record SweepResponse(string Slot, DateTimeOffset At, int Checked, int NewViolations, int Resolved,
        int Activated, long DurationMs);

    public static IEndpointRouteBuilder MapSweepsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/sweeps", SweepAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> SweepAsync(HttpContext context, IGrainFactory grains, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("单位用户不能发起巡检");
        }

        var body = new SweepRequest(null);
        if (context.Request.ContentLength is > 0 || context.Request.HasJsonContentType())
        {
            var (read, problem) = await JsonRequest.ReadAsync<SweepRequest>(context.Request, 4096);
            if (read is null)
            {
                return problem!;
            }

            body = read;
        }

        if (body.At is not null && !caller.IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以指定巡检时间点");
        }

        // A manual sweep is its own slot: it always runs, and episodes keep it from raising anything twice.
        var at = body.At ?? clock.GetUtcNow();
        if (body.DryRun == true)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var previews = await RegionFanOut.AskAsync(grains, null, index => index.PreviewSweepAsync(at));
            return TypedResults.Ok(new PreviewResponse(at, previews.Sum(p => p.Checked), previews.Sum(p => p.Activated),
                watch.ElapsedMilliseconds));
        }

        var result = await grains.GetGrain<ISweepGrain>($"manual/{Guid.NewGuid():N}").RunAsync(at);
        return TypedResults.Ok(new SweepResponse(result.Slot, result.At, result.Counts.Checked, result.Counts.NewViolations,
            result.Counts.Resolved, result.Counts.Activated, result.DurationMs));
    }
}
