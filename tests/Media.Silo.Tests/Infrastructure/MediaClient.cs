using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>An HttpClient signed in as one user, with helpers for the calls most tests make.</summary>
public sealed class MediaClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static async Task<MediaClient> SignInAsync(HttpClient http, string username, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {username} failed: {response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new MediaClient(http);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsJsonAsync(path, body);

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Registers a unit (named after its code unless a name is given) and returns its code.</summary>
    public async Task<string> CreateUnitAsync(string region = "440104", string level = "county", string kind = "government",
        string? code = null, string? name = null)
    {
        code ??= TestCodes.Uscc(region);
        var response = await PostAsync("/api/units", new { code, name = name ?? "测试单位" + code[^4..], regionCode = region, level, kind });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    /// <summary>Creates a user of a role and returns a client signed in as it.</summary>
    public async Task<MediaClient> CreateUserAsync(HttpClient fresh, string role, string? regionCode = null, string? unitCode = null)
    {
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        const string password = "Filing-Desk-2026";
        var response = await PostAsync("/api/users", new
        {
            username, password, role, regionCode, unitCode, email = username + "@example.cn", displayName = "测试用户",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await SignInAsync(fresh, username, password);
    }

    /// <summary>A valid opening filing body for a unit.</summary>
    public static Dictionary<string, object?> OpeningBody(string unitCode, string platform = "weibo", string? handle = null,
        string openedOn = "2026-11-20") => new()
        {
            ["unitCode"] = unitCode,
            ["platform"] = platform,
            // A WeChat account is filed by its 原始ID (SPEC §3.1), which starts with gh_.
            ["handle"] = handle ?? TestCodes.Handle(platform == "wechat" ? "gh_" : "h"),
            ["name"] = "测试发布",
            ["openedOn"] = openedOn,
            ["interaction"] = true,
            ["responsible"] = new { name = "张三", phone = "13800138000", email = "zhang@example.cn" },
        };

    /// <summary>Files an account (named and opened as given, or as <see cref="OpeningBody"/> has it) and returns the created record.</summary>
    public async Task<JsonObject> FileAccountAsync(string unitCode, string platform = "weibo", string? handle = null, string? name = null,
        string openedOn = "2026-11-20")
    {
        var body = OpeningBody(unitCode, platform, handle, openedOn);
        body["name"] = name ?? body["name"];
        var response = await PostAsync("/api/accounts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>The first field error of a 400 answer for <paramref name="field"/>.</summary>
    public static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        return (await ReadJsonAsync(response))["errors"]![field]![0]!.GetValue<string>();
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public void Dispose() => Http.Dispose();
}
