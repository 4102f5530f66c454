using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Application;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api;

/// <summary>
/// <c>POST /api/auth/token</c>: username and password for a bearer token, rate-limited per client address and locked per
/// user after wrong passwords; <c>POST /api/auth/keys/rotate</c> (admin): a new token-signing key.
/// </summary>
public static class AuthApi
{
    public sealed record TokenRequest(string? Username, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record RotatedKey(string Kid, DateTimeOffset CreatedAt);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy);
        routes.MapPost("/api/auth/keys/rotate", RotateAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> IssueAsync(HttpContext context, SignIns signIns, TokenService tokens)
    {
        var (body, problem) = await JsonRequest.ReadAsync<TokenRequest>(context.Request, 4096);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Username) || string.IsNullOrEmpty(body.Password))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["username"] = string.IsNullOrWhiteSpace(body.Username) ? ["请输入用户名"] : [],
                ["password"] = string.IsNullOrEmpty(body.Password) ? ["请输入密码"] : [],
            }.Where(p => p.Value.Length > 0).ToDictionary());
        }

        var result = await signIns.SignInAsync(body.Username, body.Password, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        if (result.RetryAfter is { } retryAfter)
        {
            return SignInRateLimit.TooManyAttempts(retryAfter, SignIns.LockedMessage(retryAfter));
        }

        if (result.User is null)
        {
            return Problems.Unauthorized(result.Disabled ? SignIns.DisabledMessage : SignIns.Refused);
        }

        var (token, expiresAt) = await tokens.IssueAsync(result.User);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }

    private static async Task<IResult> RotateAsync(HttpContext context, SigningKeyRing keys, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (!caller.IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以轮换签名密钥");
        }

        var key = await keys.RotateAsync();
        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, "auth.keys.rotate", "signing-key:" + key.Kid, null, null));
        return TypedResults.Ok(new RotatedKey(key.Kid, key.CreatedAt));
    }
}
