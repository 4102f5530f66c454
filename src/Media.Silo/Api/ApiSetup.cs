using Media.Silo.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Media.Silo.Api;

/// <summary>What every endpoint shares: JSON conventions, problem details for every error, body limits.</summary>
public static class ApiSetup
{
    /// <summary>
    /// The largest request body Kestrel accepts by default; endpoints set tighter limits, and a sheet import a larger one
    /// for its own request (<see cref="JsonRequest"/>).
    /// </summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    public static WebApplicationBuilder AddMediaApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => MediaJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = DescribeFault);
        builder.Services.AddSingleton<Monitoring.ManualSweepLimiter>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    public static WebApplication UseMediaApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the framework itself cannot read (bad JSON for a bound parameter, a body over
            // Kestrel's limit) is the client's error, not the server's.
            // A failing store is the server's state, not a bug: 507 or 503, so clients wait and retry instead of giving up.
            // So is a silo that went away: the cluster heals within seconds.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode
                : StorageFaults.Classify(e) is not StorageFault.None and var fault ? StorageFaults.Describe(fault).Status
                : ClusterFaults.IsSiloLoss(e) ? ClusterFaults.Describe().Status
                : StatusCodes.Status500InternalServerError,
        });
        // Inside the exception handler, so a read that still fails once its retries are spent is answered 503 too.
        app.UseMiddleware<SiloLossRetry>();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    // The problem body of a storage failure or a lost silo says in Chinese what happened (and, for storage, that nothing
    // was saved); Retry-After tells clients when to try again.
    private static void DescribeFault(ProblemDetailsContext context)
    {
        if (StorageFaults.Classify(context.Exception) is var fault && fault != StorageFault.None)
        {
            var (status, title, detail) = StorageFaults.Describe(fault);
            Describe(context, status, title, detail);
            context.ProblemDetails.Extensions["storage"] = fault.ToString().ToLowerInvariant();
            context.HttpContext.Response.Headers.RetryAfter = "60";
        }
        else if (ClusterFaults.IsSiloLoss(context.Exception))
        {
            var (status, title, detail) = ClusterFaults.Describe();
            Describe(context, status, title, detail);
            context.HttpContext.Response.Headers.RetryAfter = ClusterFaults.RetryAfterSeconds;
        }
    }

    private static void Describe(ProblemDetailsContext context, int status, string title, string detail)
    {
        context.ProblemDetails.Status = status;
        context.ProblemDetails.Title = title;
        context.ProblemDetails.Detail = detail;
    }
}
