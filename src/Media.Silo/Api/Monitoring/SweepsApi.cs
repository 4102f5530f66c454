using Media.Abstractions.Sweeps;
using Media.Application;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Monitoring;

/// <summary>
/// <c>POST /api/sweeps</c>: sweep now (or, for admins, as of a given instant) and report; <c>dryRun</c> only detects. A
/// supervisor sweeps its own jurisdiction (or a <c>region</c> within it), a limited number of times; an admin everything.
/// </summary>
public static class SweepsApi
{
    public sealed record SweepRequest(DateTimeOffset? At, bool? DryRun = null, string? Region = null);

    /// <summary>A dry run: the detection pass alone, with how many accounts a sweep would wake.</summary>
    public sealed record PreviewResponse(DateTimeOffset At, int Checked, int Candidates, long DurationMs);

    public sealed record SweepResponse(string Slot, DateTimeOffset At, int Checked, int NewViolations, int Resolved,
        int Activated, long DurationMs, string? Region);

    public static IEndpointRouteBuilder MapSweepsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/sweeps", SweepAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> SweepAsync(HttpContext context, IGrainFactory grains, ManualSweepLimiter limiter,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
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

        var errors = new Domain.Validation.FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, body.Region, errors);
        if (forbidden is not null || !errors.IsEmpty)
        {
            return Problems.For(forbidden ?? Refusal.Invalid(errors));
        }

        if (!caller.IsAdmin && limiter.Refuse(caller.Username) is { } wait)
        {
            return Problems.TooManyRequests(context, $"手动巡检过于频繁：每{ManualSweepLimiter.Window.TotalMinutes:0}分钟最多{ManualSweepLimiter.PerWindow}次，请稍后再试", wait);
        }

        // A manual sweep is its own slot: it always runs, and episodes keep it from raising anything twice.
        var at = body.At ?? clock.GetUtcNow();
        if (body.DryRun == true)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var previews = await RegionFanOut.AskAsync(grains, scope, index => index.PreviewSweepAsync(at));
            return TypedResults.Ok(new PreviewResponse(at, previews.Sum(p => p.Checked), previews.Sum(p => p.Activated),
                watch.ElapsedMilliseconds));
        }

        var result = await grains.GetGrain<ISweepGrain>($"manual/{Guid.NewGuid():N}").RunAsync(at, scope);
        return TypedResults.Ok(new SweepResponse(result.Slot, result.At, result.Counts.Checked, result.Counts.NewViolations,
            result.Counts.Resolved, result.Counts.Activated, result.DurationMs, scope));
    }
}
