using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Media.Silo.Api;

/// <summary>What every endpoint shares: JSON conventions, problem details for every error, body limits.</summary>
public static class ApiSetup
{
    /// <summary>The largest request body Kestrel accepts at all; endpoints set tighter limits.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    public static WebApplicationBuilder AddMediaApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => MediaJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<Monitoring.ManualSweepLimiter>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    public static WebApplication UseMediaApi(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the framework itself cannot read (bad JSON for a bound parameter, a body over
            // Kestrel's limit) is the client's error, not the server's.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
