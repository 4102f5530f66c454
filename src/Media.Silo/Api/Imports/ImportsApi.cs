using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Imports;

/// <summary>
/// <c>POST /api/imports/accounts[?onExisting=skip]</c>: bulk filing from a survey sheet (摸底); every row is checked before
/// any is filed, and a sheet cut off by a crash is resumed when sent again (<see cref="AccountImport"/>).
/// </summary>
internal static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/imports").RequireAuthorization();
        group.MapPost("/accounts", ImportAccountsAsync);
        return routes;
    }

    private static async Task<IResult> ImportAccountsAsync(HttpContext context, IGrainFactory grains,
        IOptions<FilingRuleOptions> rules, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers,
        string? onExisting)
    {
        var caller = CallerClaims.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<ImportAccountsRequest>(context.Request, ImportLimits.MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        // ?onExisting=skip, or the body's field of the same name; the query wins, so a client need not touch the rows it sends.
        if (onExisting is not null)
        {
            body = body with { OnExisting = onExisting };
        }

        var imported = await AccountImport.RunAsync(caller, body, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), context.RequestAborted);
        return imported.IsDone ? TypedResults.Ok(imported.Value) : Problems.For(imported.Refusal);
    }
}
