using Media.Grains;
using Media.Abstractions.Monitoring;
using Media.Application;
using Media.Application.Exports;
using Media.Application.Violations;
using Media.Domain.Regions;
using Media.Silo.Auth;

namespace Media.Silo.Api.Monitoring;

/// <summary><c>/api/violations</c>: the queue of a jurisdiction, a supervisor's own finding, and the review of suspected content hits.</summary>
public static class ViolationsApi
{
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>A supervisor's own finding on an account.</summary>
    public sealed record ReportRequest(string? AccountId, string? Rule, string? Note);

    /// <summary>A reviewer's reason for confirming (optional, the body may be left out) or dismissing (required).</summary>
    public sealed record ReviewRequest(string? Reason);

    public static IEndpointRouteBuilder MapViolationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/violations").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapGet("/export", async (HttpContext c, IGrainFactory g, RegionCatalog r, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, string? format, string? region,
            string? rule, string? status) =>
            ListDownload.For(c, await ListExports.ViolationsAsync(CallerClaims.From(c.User), g, r, clock, format, region, rule, status)));
        group.MapPost("/", ReportAsync);
        group.MapPost("/{id}/confirm", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, true, c, g));
        group.MapPost("/{id}/dismiss", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, false, c, g));
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, string? region, string? rule,
        string? status, string? page, string? pageSize)
    {
        var listed = await ViolationListing.QueryAsync(CallerClaims.From(context.User), grains, region, rule, status, page, pageSize, regions);
        return listed.IsDone
            ? TypedResults.Ok(new { items = listed.Value.Items, total = listed.Value.Total, pageNumber = listed.Value.PageNumber, pageSize = listed.Value.PageSize })
            : Problems.For(listed.Refusal);
    }

    private static async Task<IResult> ReportAsync(HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<ReportRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var reported = await HumanFindings.ReportAsync(CallerClaims.From(context.User), body.AccountId, body.Rule, body.Note, grains);
        return reported.IsDone
            ? TypedResults.Created($"/api/violations/{Uri.EscapeDataString(reported.Value.Id)}", ViolationView.From(reported.Value))
            : Problems.For(reported.Refusal);
    }

    private static async Task<IResult> ReviewAsync(string id, bool confirm, HttpContext context, IGrainFactory grains)
    {
        // A confirmation may come without a body, as it did before reasons existed; a dismissal's missing reason is refused below.
        var body = new ReviewRequest(null);
        if (context.Request.ContentLength is not 0 && (context.Request.ContentLength is not null || context.Request.ContentType is not null))
        {
            (var read, var problem) = await JsonRequest.ReadAsync<ReviewRequest>(context.Request, MaxBodyBytes);
            if (read is null)
            {
                return problem!;
            }

            body = read;
        }

        return ToHttp(await ViolationSteps.ReviewAsync(CallerClaims.From(context.User), id, confirm, body.Reason, grains));
    }

    /// <summary>The API's answer to a step on a violation.</summary>
    internal static IResult ToHttp(Outcome<ViolationRecord> step) =>
        step.IsDone ? TypedResults.Ok(ViolationView.From(step.Value)) : Problems.For(step.Refusal);
}
