using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Imports;

/// <summary><c>POST /api/imports/accounts</c>: bulk filing from a survey sheet (摸底), all or nothing (<see cref="AccountImport"/>).</summary>
internal static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/imports").RequireAuthorization();
        group.MapPost("/accounts", ImportAccountsAsync);
        return routes;
    }

    private static async Task<IResult> ImportAccountsAsync(HttpContext context, IGrainFactory grains,
        IOptions<FilingRuleOptions> rules, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers)
    {
        var caller = CallerClaims.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<ImportAccountsRequest>(context.Request, ImportLimits.MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var imported = await AccountImport.RunAsync(caller, body, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), context.RequestAborted);
        return imported.IsDone ? TypedResults.Ok(imported.Value) : Problems.For(imported.Refusal);
    }
}
