using Media.Abstractions.Monitoring;
using Media.Application;
using Media.Application.Violations;
using Media.Silo.Auth;

namespace Media.Silo.Api.Monitoring;

/// <summary><c>/api/violations</c>: the queue of a jurisdiction, and the review of suspected content hits.</summary>
public static class ViolationsApi
{
    public static IEndpointRouteBuilder MapViolationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/violations").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapPost("/{id}/confirm", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, true, c, g));
        group.MapPost("/{id}/dismiss", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, false, c, g));
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize)
    {
        var listed = await ViolationListing.QueryAsync(CallerClaims.From(context.User), grains, region, rule, status, page, pageSize);
        return listed.IsDone
            ? TypedResults.Ok(new { items = listed.Value.Items, total = listed.Value.Total, pageNumber = listed.Value.PageNumber, pageSize = listed.Value.PageSize })
            : Problems.For(listed.Refusal);
    }

    private static async Task<IResult> ReviewAsync(string id, bool confirm, HttpContext context, IGrainFactory grains) =>
        ToHttp(await ViolationSteps.ReviewAsync(CallerClaims.From(context.User), id, confirm, grains));

    /// <summary>The API's answer to a step on a violation.</summary>
    internal static IResult ToHttp(Outcome<ViolationRecord> step) =>
        step.IsDone ? TypedResults.Ok(ViolationView.From(step.Value)) : Problems.For(step.Refusal);
}
