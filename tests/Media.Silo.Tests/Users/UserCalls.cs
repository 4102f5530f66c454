using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Users;

/// <summary>Users the user-administration tests manage, all with one password that passes the policy.</summary>
internal static class UserCalls
{
    public const string Password = "Filing-Desk-2026";

    /// <summary>Creates a user through the API and returns its name.</summary>
    public static async Task<string> CreateAsync(MediaClient admin, string role, string? regionCode = null, string? unitCode = null)
    {
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        var response = await admin.PostAsync("/api/users", new
        {
            username, password = Password, role, regionCode, unitCode, email = username + "@example.cn", displayName = "测试用户",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return username;
    }
}
