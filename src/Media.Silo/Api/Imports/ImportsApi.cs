using System.Diagnostics;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Imports;

/// <summary>
/// <c>POST /api/imports/accounts</c>: bulk filing from a survey sheet (摸底). All or nothing: every row is
/// checked first, and one bad row means nothing is filed and every bad row is reported with its reasons.
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
        IOptions<FilingRuleOptions> rules, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILoggerFactory loggers)
    {
        var caller = Caller.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<ImportAccountsRequest>(context.Request, ImportLimits.MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        if (body.Rows is not { Count: > 0 } rows)
        {
            return Problems.Validation("rows", "请至少提供一行");
        }

        if (rows.Count > ImportLimits.MaxRows)
        {
            return Problems.Validation("rows", $"一次最多导入 {ImportLimits.MaxRows} 行，请拆分后分批导入");
        }

        var started = Stopwatch.GetTimestamp();
        var (accepted, problems) = await ImportCheck.RunAsync(rows, caller, grains, context.RequestAborted);
        var logger = loggers.CreateLogger(typeof(ImportsApi));
        if (problems.Count > 0)
        {
            ImportLog.Rejected(logger, caller.Username, rows.Count, problems.Count);
            return Rejected(problems, rows.Count);
        }

        if (body.DryRun == true)
        {
            return TypedResults.Ok(await ImportPreview.RunAsync(accepted, grains, rules.Value, clock.GetUtcNow(),
                context.RequestAborted));
        }

        var checkedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var result = await ImportFiling.FileAsync(accepted, grains, logger);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        ImportLog.Filed(logger, caller.Username, result.Filed, result.Failed.Count, elapsedMs, checkedMs);
        return TypedResults.Ok(result);
    }

    /// <summary>
    /// A validation problem whose <c>errors</c> keys carry the row (<c>rows[12].responsible.phone</c>, as
    /// any client of problem details expects) and whose <c>rows</c> extension groups them by row.
    /// </summary>
    private static ValidationProblem Rejected(IReadOnlyList<RowProblem> problems, int total)
    {
        var errors = problems
            .SelectMany(p => p.Errors.Select(e => KeyValuePair.Create($"rows[{p.Row - 1}].{e.Key}", e.Value)))
            .ToDictionary();
        return TypedResults.ValidationProblem(errors,
            detail: $"共 {total} 行，其中 {problems.Count} 行有误，未导入任何账号",
            title: "请求内容有误",
            extensions: new Dictionary<string, object?> { ["rows"] = problems });
    }
}
