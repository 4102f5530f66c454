using Media.Application;
using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Imports;

/// <summary>
/// <c>POST /api/imports/{accounts|websites}[?onExisting=skip|update]</c>: bulk filing from a survey sheet (摸底); every row is
/// checked before any is filed, and a sheet cut off by a crash is resumed when sent again (<see cref="SheetImport"/>).
/// </summary>
internal static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/imports").RequireAuthorization();
        group.MapPost("/accounts", ImportAccountsAsync);
        group.MapPost("/websites", ImportWebsitesAsync);
        return routes;
    }

    // ?onExisting=skip (or update), or the body's field of the same name; the query wins, so a client need not touch the rows it sends.
    private static Task<IResult> ImportAccountsAsync(HttpContext context, IGrainFactory grains, IOptions<FilingRuleOptions> rules,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers, string? onExisting) =>
        ImportAsync<ImportAccountsRequest>(context, (caller, body) => AccountImport.RunAsync(caller,
            body with { OnExisting = onExisting ?? body.OnExisting }, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), context.RequestAborted));

    private static Task<IResult> ImportWebsitesAsync(HttpContext context, IGrainFactory grains, IOptions<FilingRuleOptions> rules,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers, string? onExisting) =>
        ImportAsync<ImportWebsitesRequest>(context, (caller, body) => WebsiteImport.RunAsync(caller,
            body with { OnExisting = onExisting ?? body.OnExisting }, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), context.RequestAborted));

    private static async Task<IResult> ImportAsync<TBody>(HttpContext context, Func<Caller, TBody, Task<Outcome<ImportResult>>> run)
        where TBody : class
    {
        var (body, problem) = await JsonRequest.ReadAsync<TBody>(context.Request, ImportLimits.MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var imported = await run(CallerClaims.From(context.User), body);
        return imported.IsDone ? TypedResults.Ok(imported.Value) : Problems.For(imported.Refusal);
    }
}
