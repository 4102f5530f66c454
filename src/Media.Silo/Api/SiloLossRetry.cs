using Media.Silo.Hosting;

namespace Media.Silo.Api;

/// <summary>
/// Runs a read again when a grain call in it failed because a silo of the cluster went away (see
/// <see cref="ClusterFaults"/>). Until the survivors vote the silo dead, calls to the grains it hosted are refused;
/// once they have, the same calls wake those grains on a survivor from their stored state, so a read retried a few
/// times within <see cref="Budget"/> usually succeeds. Only GET and HEAD are run again: a write may have reached its
/// grain before the silo died, so it is answered 503 (by the exception handler) and the client decides.
/// </summary>
public sealed class SiloLossRetry(RequestDelegate next, TimeProvider clock, ILogger<SiloLossRetry> logger)
{
    /// <summary>How long a read may spend waiting for the cluster before it is answered 503.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var started = clock.GetTimestamp();
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception e) when (ClusterFaults.IsSiloLoss(e) && !context.Response.HasStarted
                && !context.RequestAborted.IsCancellationRequested && clock.GetElapsedTime(started) + pause < Budget)
            {
                Log.RetryingAfterSiloLoss(logger, context.Request.Method, context.Request.Path.Value ?? "", attempt, e.Message);
            }

            await Task.Delay(pause, clock, context.RequestAborted);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }
}
