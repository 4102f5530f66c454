using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>
/// At most <c>Auth:SignInRateLimit:PermitLimit</c> sign-in attempts per window from one client address, counted across the
/// token endpoint and the sign-in form together; more are answered 429 with <c>Retry-After</c> before any password is
/// hashed. Only posts count, so opening the sign-in page costs nothing. The address is the connection's: behind a reverse
/// proxy, configure forwarded headers, or every client shares the proxy's budget.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.AddPolicy(Policy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInRateLimit;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 });
        });
        o.OnRejected = (rejected, cancellationToken) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            return new ValueTask(TooManyAttempts(retryAfter, "登录尝试过于频繁，请稍后再试").ExecuteAsync(rejected.HttpContext));
        };
    });

    /// <summary>A 429 problem with <c>Retry-After</c> in whole seconds, as both the rate limit and a lockout answer.</summary>
    public static IResult TooManyAttempts(TimeSpan retryAfter, string detail) => new RetryLater(
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "尝试次数过多"), retryAfter);

    private sealed class RetryLater(IResult problem, TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
