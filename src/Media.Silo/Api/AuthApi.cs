using Media.Abstractions.Users;
using Media.Application.Users;
using Media.Silo.Auth;

namespace Media.Silo.Api;

/// <summary><c>POST /api/auth/token</c>: username and password for a bearer token.</summary>
public static class AuthApi
{
    public sealed record TokenRequest(string? Username, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueAsync).AllowAnonymous();
        return routes;
    }

    private static async Task<IResult> IssueAsync(HttpRequest request, IGrainFactory grains, PasswordHashing hashing,
        TokenService tokens)
    {
        var (body, problem) = await JsonRequest.ReadAsync<TokenRequest>(request, 4096);
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

        var user = await grains.GetGrain<IUserGrain>(UserNames.Normalize(body.Username)).GetAsync();
        if (user is null || !hashing.Verify(user, body.Password))
        {
            return Problems.Unauthorized("用户名或密码错误");
        }

        var (token, expiresAt) = await tokens.IssueAsync(user);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }
}
