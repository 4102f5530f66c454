using Media.Abstractions.Monitoring;
using Media.Domain.Time;
using Media.Domain.Validation;
using Media.Grains;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Monitoring;

/// <summary>
/// Rectification (整改, SPEC §3.5): a supervisor sends a notice with a deadline, the unit answers with text
/// and an evidence link, the supervisor verifies (resolved) or rejects the answer. Overdue notices are
/// found by the daily sweep and escalated by mail.
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
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        DateOnly? deadline = null;
        if (body.Deadline is not null)
        {
            var today = BeijingTime.Today(clock);
            if (FieldRules.Date(body.Deadline, out var day) is { } error)
            {
                errors.Add("deadline", error);
            }
            else if (day < today || day > today.AddDays(180))
            {
                errors.Add("deadline", "整改期限应在今天至180天之内");
            }
            else
            {
                deadline = day;
            }
        }

        OptionalText(body.Text, "text", 2000, errors);
        return await StepAsync(id, context, grains, errors, caller => caller.IsUnit ? "整改通知由监管单位下发" : null,
            actor => new RectificationStep(RectificationStepKind.Notice, actor, deadline, body.Text?.Trim()));
    }

    private static async Task<IResult> RespondAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<ResponseRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        errors.AddIfInvalid("text", FieldRules.RequiredText(body.Text, 4000));
        if (body.EvidenceUrl is not null)
        {
            errors.AddIfInvalid("evidenceUrl", FieldRules.HttpUrl(body.EvidenceUrl));
        }

        return await StepAsync(id, context, grains, errors, caller => caller.IsSupervisor ? "整改情况由账号的主办单位回复" : null,
            actor => new RectificationStep(RectificationStepKind.Response, actor, Text: body.Text!.Trim(), EvidenceUrl: body.EvidenceUrl?.Trim()));
    }

    private static async Task<IResult> VerifyAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<VerifyRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        if (body.Resolved is null)
        {
            errors.Add("resolved", "请说明整改是否通过（true 或 false）");
        }

        OptionalText(body.Note, "note", 2000, errors);
        return await StepAsync(id, context, grains, errors, caller => caller.IsUnit ? "整改情况由监管单位核验" : null,
            actor => new RectificationStep(RectificationStepKind.Verify, actor, Text: body.Note?.Trim(), Resolved: body.Resolved));
    }

    // Validation first (nothing changes on a bad request), then visibility (404 outside the caller's reach),
    // then the role, then the grain, which refuses a step the violation's state does not allow (409).
    private static async Task<IResult> StepAsync(string id, HttpContext context, IGrainFactory grains, FieldErrors errors,
        Func<Caller, string?> forbidden, Func<string, RectificationStep> step)
    {
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var caller = Caller.From(context.User);
        var accountId = ViolationRecord.AccountOf(id);
        if (accountId is null || await AccountsApi.VisibleAccountAsync(accountId, caller, grains) is null)
        {
            return Problems.NotFound("违规记录不存在或不在您的管辖范围内");
        }

        if (forbidden(caller) is { } reason)
        {
            return Problems.Forbidden(reason);
        }

        var requested = step(caller.Username);
        var outcome = await grains.GetGrain<IMonitoredAccount>(accountId).RectifyAsync(id, requested);
        return outcome switch
        {
            { Violation: null } => Problems.NotFound("违规记录不存在"),
            { Changed: true } => TypedResults.Ok(ViolationView.From(outcome.Violation)),
            _ => TypedResults.Problem(RefusalFor(requested.Kind),
                statusCode: StatusCodes.Status409Conflict, title: "状态不允许此操作"),
        };
    }

    private static string RefusalFor(RectificationStepKind kind) => kind switch
    {
        RectificationStepKind.Notice => "只有未整改、已通知或已逾期的问题可以下发整改通知",
        RectificationStepKind.Response => "只有已下发整改通知、尚未核验通过的问题可以回复",
        _ => "只有单位已回复整改情况、尚未核验通过的问题可以核验",
    };

    private static void OptionalText(string? text, string field, int max, FieldErrors errors)
    {
        if (text is not null)
        {
            errors.AddIfInvalid(field, FieldRules.RequiredText(text, max));
        }
    }
}
