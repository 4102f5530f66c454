using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Media.Silo.Auth;

namespace Media.Silo.Api.Mail;

/// <summary><c>GET /api/mail/outbox</c> and <c>GET /api/webhooks/outbox</c>: how much is waiting or failing, for administrators.</summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/mail/outbox", GetAsync).RequireAuthorization();
        routes.MapGet("/api/webhooks/outbox", GetHooksAsync).RequireAuthorization();
        return routes;
    }

    /// <summary>The group-robot messages waiting, failing (with the latest error) and delivered.</summary>
    private static async Task<IResult> GetHooksAsync(HttpContext context, IAlertStore store, CancellationToken cancellationToken)
    {
        if (!CallerClaims.From(context.User).IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以查看群机器人消息队列");
        }

        var counts = await store.HookCountsAsync(cancellationToken);
        return TypedResults.Ok(new { pending = counts.Pending, failing = counts.Failing, sent = counts.Sent, lastError = counts.LastError });
    }

    private static async Task<IResult> GetAsync(HttpContext context, IAlertStore store, CancellationToken cancellationToken)
    {
        if (!CallerClaims.From(context.User).IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以查看发信队列");
        }

        return TypedResults.Ok(await store.CountsAsync(cancellationToken));
    }
}
