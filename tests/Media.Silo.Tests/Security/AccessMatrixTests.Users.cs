using System.Net;
using System.Net.Http.Json;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>Nobody hands out more power than they have: supervisors stay in their region, units create nothing.</summary>
public sealed partial class AccessMatrixTests
{
    private const string Password = "Filing-Desk-2026";

    [Fact]
    public async Task City_supervisor_cannot_create_an_admin_user()
    {
        var (status, username) = await CreateUserAsync(Caller.CitySupervisor, "admin", regionCode: null);

        Assert.True(status is 403 or 404, $"got {status}");
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(username, Password));
    }

    [Theory]
    [InlineData("440303")]
    [InlineData("440300")]
    [InlineData("440000")]
    public async Task City_supervisor_cannot_create_a_supervisor_for_a_region_outside_its_city(string region)
    {
        var (status, username) = await CreateUserAsync(Caller.CitySupervisor, "supervisor", region);

        Assert.True(status is 403 or 404, $"got {status}");
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(username, Password));
    }

    [Fact]
    public async Task City_supervisor_cannot_create_a_user_for_a_unit_of_another_city()
    {
        var (status, username) = await CreateUserAsync(Caller.CitySupervisor, "unit", null, world.UnitC);

        Assert.True(status is 403 or 404, $"got {status}");
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(username, Password));
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task Unit_user_cannot_create_users(string role)
    {
        var (status, username) = await CreateUserAsync(Caller.UnitA, role, role == "supervisor" ? "440104" : null,
            role == "unit" ? world.UnitA : null);

        Assert.Equal(403, status);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(username, Password));
    }

    [Fact]
    public async Task Unit_user_cannot_create_units()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var code = TestCodes.Uscc("440104");

        using var response = await world.ClientOf(Caller.UnitA).PostAsJsonAsync("/api/units",
            new { code, name = "越权单位", regionCode = "440104", level = "county", kind = "government" }, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var check = await world.Admin.Http.GetAsync($"/api/units/{code}", cancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    private async Task<(int Status, string Username)> CreateUserAsync(Caller caller, string role, string? regionCode,
        string? unitCode = null)
    {
        var username = "x" + Guid.NewGuid().ToString("N")[..12];
        using var response = await world.ClientOf(caller).PostAsJsonAsync("/api/users", new
        {
            username, password = Password, role, regionCode, unitCode, email = username + "@example.cn", displayName = "越权用户",
        }, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, username);
    }
}
