using System.Net;
using System.Net.Http.Json;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>Users of their own for the sign-in tests, and sign-in attempts as a client makes them.</summary>
internal static class SignInCalls
{
    public const string Password = "Harbor-Lamp-77";

    /// <summary>Creates a supervisor of 广州 with <see cref="Password"/> and returns its username.</summary>
    public static async Task<string> CreateUserAsync(MediaClient admin)
    {
        var username = "s" + Guid.NewGuid().ToString("N")[..12];
        var response = await admin.PostAsync("/api/users", new
        {
            username, password = Password, role = "supervisor", regionCode = "440100", email = username + "@example.cn", displayName = "登录测试",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return username;
    }

    public static async Task<HttpResponseMessage> TryAsync(HttpClient http, string username, string password) =>
        await http.PostAsJsonAsync("/api/auth/token", new { username, password }, TestContext.Current.CancellationToken);
}
