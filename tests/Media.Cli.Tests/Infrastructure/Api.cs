using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Media.Cli.Tests.Infrastructure;

/// <summary>An HttpClient signed in to the silo, with the calls the import tests set up and check with.</summary>
public sealed class Api(HttpClient http) : IDisposable
{
    public static async Task<Api> SignInAsync(HttpClient http, string username, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {username} failed: {response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Api(http);
    }

    /// <summary>Registers a unit; returns its code.</summary>
    public async Task<string> CreateUnitAsync(string region = "440104", string level = "county", string kind = "government",
        string? code = null)
    {
        code ??= UnitCodes.Next(region);
        var response = await http.PostAsJsonAsync("/api/units",
            new { code, name = "测试单位" + code[^4..], regionCode = region, level, kind }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    /// <summary>Creates a supervisor of a region; returns its username and password.</summary>
    public Task<(string User, string Password)> CreateSupervisorAsync(string regionCode) =>
        CreateUserAsync("supervisor", regionCode, null);

    /// <summary>Creates a unit's own user; returns its username and password.</summary>
    public Task<(string User, string Password)> CreateUnitUserAsync(string unitCode) => CreateUserAsync("unit", null, unitCode);

    private async Task<(string User, string Password)> CreateUserAsync(string role, string? regionCode, string? unitCode)
    {
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        const string password = "Filing-Desk-2026";
        var response = await http.PostAsJsonAsync("/api/users", new
        {
            username, password, role, regionCode, unitCode, email = username + "@example.cn", displayName = "测试用户",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (username, password);
    }

    /// <summary>Files one account through <c>POST /api/accounts</c>.</summary>
    public async Task FileAccountAsync(string unitCode, string platform, string handle)
    {
        var response = await http.PostAsJsonAsync("/api/accounts", new
        {
            unitCode, platform, handle, name = "已有账号", openedOn = "2024-03-01", interaction = false,
            responsible = new { name = "李四", phone = "020-12345678", email = "lisi@example.cn" },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>How many accounts the caller sees.</summary>
    public async Task<int> AccountTotalAsync()
    {
        var page = await http.GetFromJsonAsync<JsonObject>("/api/accounts?pageSize=1", TestContext.Current.CancellationToken);
        return page!["total"]!.GetValue<int>();
    }

    public async Task<HttpStatusCode> AccountStatusAsync(string id)
    {
        using var response = await http.GetAsync($"/api/accounts/{Uri.EscapeDataString(id)}", TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public Task<JsonObject> AccountAsync(string id) => GetJsonAsync($"/api/accounts/{Uri.EscapeDataString(id)}");

    public async Task<JsonObject> GetJsonAsync(string path) =>
        (await http.GetFromJsonAsync<JsonObject>(path, TestContext.Current.CancellationToken))!;

    public Task<HttpResponseMessage> PostAsync(string path, object body) =>
        http.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public void Dispose() => http.Dispose();
}
