using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Websites;

/// <summary>Website filings and reads through the API, with a 网站标识码 no other test of the run uses.</summary>
internal static class WebsiteCalls
{
    private static int _next;

    /// <summary>A valid 网站标识码: ten digits, unique in this run.</summary>
    public static string NewCode() =>
        (4401000000L + Interlocked.Increment(ref _next) * 1000L + Random.Shared.Next(0, 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Body(string unitCode, string code) => new()
    {
        ["siteIdCode"] = code,
        ["name"] = "广州市测试区人民政府门户网站",
        ["url"] = "https://www.test.example.cn/",
        ["unitCode"] = unitCode,
        ["icp"] = "粤ICP备05080000号",
        ["publicSecurity"] = "粤公网安备44010402000001号",
        ["columns"] = new object[]
        {
            new { name = "工作动态", url = "https://www.test.example.cn/gzdt/", category = "news" },
            new { name = "书记信箱", url = "https://www.test.example.cn/sjxx/", category = "interaction" },
        },
    };

    /// <summary>Files a website and returns its record.</summary>
    public static async Task<JsonObject> FileAsync(MediaClient client, string unitCode, string? code = null)
    {
        var response = await client.PostAsync("/api/websites", Body(unitCode, code ?? NewCode()));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<List<string>> ActiveRulesAsync(MediaClient client, string id) =>
        [.. (await client.GetJsonAsync($"/api/websites/{id}"))["violations"]!.AsArray().Select(v => v!["rule"]!.GetValue<string>())];

    public static async Task<List<string>> ListedIdsAsync(MediaClient client, string path) =>
        [.. (await client.GetJsonAsync(path))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];
}
