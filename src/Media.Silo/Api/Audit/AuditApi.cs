using Media.Grains;
using Media.Application.Exports;
using Media.Abstractions.Storage;
using Media.Silo.Auth;

namespace Media.Silo.Api.Audit;

/// <summary><c>/api/audit</c>: checking the audit log's hash chain and exporting the log (admins).</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit/verify", VerifyAsync).RequireAuthorization();
        routes.MapGet("/api/audit/export", async (HttpContext c, IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, string? format, string? subject) =>
            ListDownload.For(c, await ListExports.AuditAsync(CallerClaims.From(c.User), audit, clock, format, subject, c.RequestAborted)))
            .RequireAuthorization();
        return routes;
    }

    // 200 either way: a broken chain is a finding about the log, not a failed request; `ok` says which.
    private static async Task<IResult> VerifyAsync(HttpContext context, IAuditLog audit)
    {
        if (!CallerClaims.From(context.User).IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以校验审计日志");
        }

        return TypedResults.Ok(await audit.VerifyAsync(context.RequestAborted));
    }
}
