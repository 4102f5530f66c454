using System.Net;
using Media.Silo.Hosting;
using Media.Silo.Tests.Infrastructure;
using Media.Silo.Tests.Operations;

namespace Media.Silo.Tests.Security;

/// <summary>New passwords follow the policy (SPEC §7); a refused one is named in a Chinese field error.</summary>
public sealed class PasswordPolicyTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Theory]
    [InlineData("Short-1", "10至128")]
    [InlineData("          ", "空格")]
    [InlineData("alllowercaseletters", "三类")]
    [InlineData("12345678901234", "三类")]
    [InlineData("password", "10至128")]
    [InlineData("Password123", "常见")]
    [InlineData("Passw0rd!2024", "常见")]
    [InlineData("Qwerty123456", "常见")]
    [InlineData("Admin123!!", "常见")]
    [InlineData("{user}-Pass-1", "用户名")]
    public async Task A_weak_password_is_refused_with_a_field_error(string password, string expected)
    {
        using var admin = await _silo.AdminAsync();
        var username = "p" + Guid.NewGuid().ToString("N")[..12];

        var response = await admin.PostAsync("/api/users", new
        {
            username, password = password.Replace("{user}", username, StringComparison.Ordinal), role = "supervisor", regionCode = "440100",
            email = username + "@example.cn", displayName = "密码测试",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await MediaClient.ReadJsonAsync(response))["errors"]!["password"]![0]!.GetValue<string>();
        Assert.Contains(expected, message, StringComparison.Ordinal);
        using var http = _silo.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInCalls.TryAsync(http, username, password)).StatusCode);
    }

    [Fact]
    public async Task A_strong_password_is_accepted()
    {
        using var admin = await _silo.AdminAsync();

        await _silo.SignInAsync(await SignInCalls.CreateUserAsync(admin), SignInCalls.Password);
    }

    [Theory]
    [InlineData("admin12345")]
    [InlineData("Admin-Secret-1")]
    [InlineData("aaaaaaaaaaaa")]
    public void A_silo_configured_with_a_weak_first_admin_password_does_not_start(string password)
    {
        // The check the silo runs before it starts anything (it prints the list and exits 1), on the shipped settings.
        var problems = SettingsCheck.Problems(SettingsCheckTests.Shipped(new() { ["Bootstrap:AdminPassword"] = password }));

        Assert.Contains(problems, p => p.Contains("Bootstrap:AdminPassword does not meet the password policy", StringComparison.Ordinal));
    }
}
