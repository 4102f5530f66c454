using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Media.Silo.Auth;

namespace Media.Silo.Api.Mail;

/// <summary><c>GET /api/mail/outbox</c>: how much mail is waiting or failing, for administrators.</summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/mail/outbox", GetAsync).RequireAuthorization();
        return routes;
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
