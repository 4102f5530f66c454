using Media.Silo.Auth;

namespace Media.Silo.Api;

/// <summary>
/// <c>POST /api/auth/token</c>: username and password for a bearer token, rate-limited per client address and locked per
/// user after wrong passwords.
/// </summary>
public static class AuthApi
{
    public sealed record TokenRequest(string? Username, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy);
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
            return Problems.Unauthorized(SignIns.Refused);
        }

        var (token, expiresAt) = await tokens.IssueAsync(result.User);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }
}
