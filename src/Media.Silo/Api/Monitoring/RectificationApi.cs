using Media.Application.Violations;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Monitoring;

/// <summary>
/// Rectification (整改, SPEC §3.5): a supervisor sends a notice with a deadline, the unit answers with text
/// and an evidence link, the supervisor verifies (resolved) or rejects the answer. Overdue notices are
/// found by the daily sweep and escalated by mail. The steps themselves are <see cref="ViolationSteps"/>.
/// </summary>
public static class RectificationApi
{
    private const int MaxBodyBytes = 32 * 1024;

    public sealed record NoticeRequest(string? Deadline, string? Text);

    public sealed record ResponseRequest(string? Text, string? EvidenceUrl);

    public sealed record VerifyRequest(bool? Resolved, string? Note);

    public static IEndpointRouteBuilder MapRectificationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/violations").RequireAuthorization();
        group.MapPost("/{id}/notice", NoticeAsync);
        group.MapPost("/{id}/response", RespondAsync);
        group.MapPost("/{id}/verify", VerifyAsync);
        return routes;
    }

    private static async Task<IResult> NoticeAsync(string id, HttpContext context, IGrainFactory grains,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var (body, problem) = await JsonRequest.ReadAsync<NoticeRequest>(context.Request, MaxBodyBytes);
        return body is null
            ? problem!
            : ViolationsApi.ToHttp(await ViolationSteps.NoticeAsync(CallerClaims.From(context.User), id, body.Deadline, body.Text, grains, clock));
    }

    private static async Task<IResult> RespondAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<ResponseRequest>(context.Request, MaxBodyBytes);
        return body is null
            ? problem!
            : ViolationsApi.ToHttp(await ViolationSteps.RespondAsync(CallerClaims.From(context.User), id, body.Text, body.EvidenceUrl, grains));
    }

    private static async Task<IResult> VerifyAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<VerifyRequest>(context.Request, MaxBodyBytes);
        return body is null
            ? problem!
            : ViolationsApi.ToHttp(await ViolationSteps.VerifyAsync(CallerClaims.From(context.User), id, body.Resolved, body.Note, grains));
    }
}
