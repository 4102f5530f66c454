using System.Net;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Security;

/// <summary>
/// Five wrong passwords in a row lock a user for 15 minutes (the defaults), on Media's clock, which the tests move; the
/// lockout lives in the user grain, so it holds whichever silo answers.
/// </summary>
public sealed class SignInLockoutTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task The_sixth_wrong_password_in_a_row_answers_429_and_the_right_one_is_refused_until_the_lockout_ends()
    {
        using var admin = await _silo.AdminAsync();
        var username = await SignInCalls.CreateUserAsync(admin);
        using var http = _silo.CreateClient();

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInCalls.TryAsync(http, username, "Wrong-Guess-" + i)).StatusCode);
        }

        var sixth = await SignInCalls.TryAsync(http, username, "Wrong-Guess-6");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal("application/problem+json", sixth.Content.Headers.ContentType?.MediaType);
        Assert.Contains("锁定", (await MediaClient.ReadJsonAsync(sixth))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var retryAfter = sixth.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { TotalMinutes: > 14 and <= 15 }, $"Retry-After was {retryAfter}");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);
        shared.Silo.Clock!.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);

        shared.Silo.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_count_again()
    {
        using var admin = await _silo.AdminAsync();
        var username = await SignInCalls.CreateUserAsync(admin);
        using var http = _silo.CreateClient();

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await SignInCalls.TryAsync(http, username, "Wrong-Guess-" + i)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);
        }
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_user_and_only_an_admin_may()
    {
        using var admin = await _silo.AdminAsync();
        var username = await SignInCalls.CreateUserAsync(admin);
        using var supervisor = await _silo.SignInAsync(await SignInCalls.CreateUserAsync(admin), SignInCalls.Password);
        using var http = _silo.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await SignInCalls.TryAsync(http, username, "Wrong-Guess-" + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync($"/api/users/{username}/unlock", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/users/nobody-here/unlock", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{username}/unlock", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, SignInCalls.Password)).StatusCode);
        var audit = await _silo.Services.GetRequiredService<IAuditLog>().ReadAsync("user:" + username, 100, TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e is { Action: "user.unlock", Actor: "admin" });
    }

    [Fact]
    public async Task Failed_sign_ins_are_audited_without_the_password()
    {
        using var admin = await _silo.AdminAsync();
        var username = await SignInCalls.CreateUserAsync(admin);
        using var http = _silo.CreateClient();
        var unknown = "ghost" + new string('x', 200);

        for (var i = 0; i < 5; i++)
        {
            await SignInCalls.TryAsync(http, username, "Secret-Guess-" + i);
        }

        await SignInCalls.TryAsync(http, unknown, "Secret-Guess-X");

        var audit = _silo.Services.GetRequiredService<IAuditLog>();
        var known = await audit.ReadAsync("user:" + username, 100, TestContext.Current.CancellationToken);
        Assert.Equal(5, known.Count(e => e.Action == "auth.failed"));
        Assert.Single(known, e => e.Action == "auth.locked");
        var truncated = await audit.ReadAsync("user:" + unknown[..64], 100, TestContext.Current.CancellationToken);
        Assert.Single(truncated, e => e.Action == "auth.failed");
        Assert.DoesNotContain(known.Concat(truncated), e => $"{e.Before}{e.After}{e.Subject}{e.Actor}".Contains("Secret-Guess", StringComparison.Ordinal));
    }
}
