using Media.Application;
using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Auth;
using Media.Silo.SheetRuns;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Imports;

/// <summary>
/// <c>POST /api/imports/{accounts|websites}[?onExisting=skip|update][&amp;async=true]</c>: bulk filing from a survey sheet (摸底);
/// every row is checked before any is filed, and a sheet cut off by a crash is resumed when sent again (<see cref="SheetImport"/>).
/// With <c>async=true</c> the sheet is filed in the background (<see cref="ImportRuns"/>): 202 and the run's address, which
/// <c>GET /api/imports/runs/{id}</c> answers with its progress and, once finished, its result.
/// </summary>
internal static class ImportsApi
{
    private const string AsyncNote = "；async=true 时在后台导入，答复 202 与导入进度的地址（Location: /api/imports/runs/{id}）";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/imports").RequireAuthorization();
        group.MapPost("/accounts", ImportAccountsAsync).WithSummary("从摸底表批量备案账号" + AsyncNote);
        group.MapPost("/websites", ImportWebsitesAsync).WithSummary("从摸底表批量备案网站" + AsyncNote);
        group.MapGet("/runs/{id}", GetRun).WithSummary("后台导入的进度（阶段、已完成行数/总行数）与结果；只有发起导入的用户可以查看");
        return routes;
    }

    // ?onExisting=skip (or update), or the body's field of the same name; the query wins, so a client need not touch the rows it sends.
    private static Task<IResult> ImportAccountsAsync(HttpContext context, IGrainFactory grains, IOptions<FilingRuleOptions> rules,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers, ImportRuns runs, string? onExisting, bool? async) =>
        ImportAsync<ImportAccountsRequest>(context, runs, async, "accounts", body => body.Rows?.Count ?? 0,
            (caller, body, progress, cancellationToken) => AccountImport.RunAsync(caller,
            body with { OnExisting = onExisting ?? body.OnExisting }, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), cancellationToken, progress));

    private static Task<IResult> ImportWebsitesAsync(HttpContext context, IGrainFactory grains, IOptions<FilingRuleOptions> rules,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers, ImportRuns runs, string? onExisting, bool? async) =>
        ImportAsync<ImportWebsitesRequest>(context, runs, async, "websites", body => body.Rows?.Count ?? 0,
            (caller, body, progress, cancellationToken) => WebsiteImport.RunAsync(caller,
            body with { OnExisting = onExisting ?? body.OnExisting }, grains, rules.Value, clock.GetUtcNow(),
            loggers.CreateLogger(typeof(ImportsApi)), cancellationToken, progress));

    private static IResult GetRun(HttpContext context, ImportRuns runs, string id) =>
        runs.Find(id, CallerClaims.From(context.User).Username) is { } run
            ? TypedResults.Ok(ImportRunStatus.Of(run))
            : Problems.NotFound("没有这次导入（或已过期）");

    private static async Task<IResult> ImportAsync<TBody>(HttpContext context, ImportRuns runs, bool? async, string kind,
        Func<TBody, int> rowsOf, Func<Caller, TBody, IProgress<ImportProgress>?, CancellationToken, Task<Outcome<ImportResult>>> run)
        where TBody : class
    {
        var (body, problem) = await JsonRequest.ReadAsync<TBody>(context.Request, ImportLimits.MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var caller = CallerClaims.From(context.User);
        if (async == true)
        {
            // The client's going away does not stop a run it asked to go on without it.
            var started = runs.Start(caller.Username, new ImportRunSheet(kind), rowsOf(body),
                progress => run(caller, body, progress, CancellationToken.None));
            return TypedResults.Accepted($"/api/imports/runs/{started.Id}", ImportRunStatus.Of(started));
        }

        var imported = await run(caller, body, null, context.RequestAborted);
        return imported.IsDone ? TypedResults.Ok(imported.Value) : Problems.For(imported.Refusal);
    }
}
