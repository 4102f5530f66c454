using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>One client address may try to sign in only so often; beyond that it is answered 429 before any password is hashed.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new() { Settings = { ["Auth:SignInRateLimit:PermitLimit"] = "6" } };

    [Fact]
    public async Task Sign_ins_beyond_the_limit_from_one_address_answer_429_with_retry_after_while_the_api_keeps_answering()
    {
        using var admin = await _silo.AdminAsync();
        using var http = _silo.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;

        for (var i = 0; i < 8; i++)
        {
            var response = await SignInCalls.TryAsync(http, "nobody" + i, "Wrong-Guess-1");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : refused;
        }

        // The admin's own sign-in used the first of the six.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
            HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", refused!.Content.Headers.ContentType?.MediaType);
        Assert.Contains("频繁", (await MediaClient.ReadJsonAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After was {refused.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/accounts", TestContext.Current.CancellationToken)).StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
