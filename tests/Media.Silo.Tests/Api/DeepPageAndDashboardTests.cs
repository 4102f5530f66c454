using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Api;

/// <summary>
/// Through the API and the page, on a real silo with accounts in several regions: every page of the account list (deep ones
/// are selected in two rounds, PageSelection) is the page cut from the whole list, and the dashboard's counts (one call per
/// region) are the list's lines counted one by one.
/// </summary>
public sealed partial class DeepPageAndDashboardTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private static readonly string[] Regions = ["440104", "440105", "440303"];
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Every_page_of_every_list_is_the_page_cut_from_the_whole_list()
    {
        using var admin = await SeededAsync();
        foreach (var filter in new[] { "", "&platform=douyin", "&q=" + Uri.EscapeDataString("深页1"), "&region=440100" })
        {
            var whole = await IdsAsync(admin, "/api/accounts?pageSize=200" + filter);
            foreach (var size in new[] { 1, 2, 7 })
            {
                for (var page = 1; page <= (whole.Count / size) + 2; page++)
                {
                    var json = await admin.GetJsonAsync($"/api/accounts?page={page}&pageSize={size}{filter}");
                    Assert.Equal(whole.Count, json["total"]!.GetValue<int>());
                    Assert.Equal(whole.Skip((page - 1) * size).Take(size), Ids(json));
                }
            }
        }
    }

    [Fact]
    public async Task The_dashboards_counts_are_the_lines_counted_one_by_one()
    {
        using var admin = await SeededAsync();
        var lines = (await admin.GetJsonAsync("/api/accounts?pageSize=200"))["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var gaps = (await admin.GetJsonAsync("/api/monitoring/gaps?pageSize=200"))["total"]!.GetValue<int>();
        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/", TestContext.Current.CancellationToken));

        Assert.Equal(lines.Count(l => l["status"]!.GetValue<string>() == "active"), Stat(page, "在用"));
        Assert.Equal(lines.Count(l => l["status"]!.GetValue<string>() == "closed"), Stat(page, "已关停"));
        Assert.Equal(lines.Count(l => l["platform"]!.GetValue<string>() == "douyin"), PlatformCount(page, "douyin"));
        Assert.Equal(lines.Count(l => l["platform"]!.GetValue<string>() == "weibo"), PlatformCount(page, "weibo"));
        Assert.Equal(gaps, int.Parse(GapCount().Match(page).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.True(lines.Count >= 30, $"{lines.Count} lines");
    }

    [Fact]
    public async Task The_quietest_list_follows_a_new_post_after_the_dashboard_was_shown()
    {
        using var admin = await SeededAsync();
        var ids = await IdsAsync(admin, "/api/accounts?pageSize=2&region=440303");
        // Both observed through a post; the first quieter, so the list shows it first.
        await PostAsync(admin, ids[0], "a", SharedSilo.Now.AddDays(-6));
        await PostAsync(admin, ids[1], "b", SharedSilo.Now.AddDays(-3));
        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);
        var before = await browser.GetStringAsync("/", TestContext.Current.CancellationToken);

        await PostAsync(admin, ids[0], "c", SharedSilo.Now.AddHours(-1));
        var after = await browser.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.True(before.IndexOf(ids[0], StringComparison.Ordinal) < before.IndexOf(ids[1], StringComparison.Ordinal));
        Assert.True(after.IndexOf(ids[1], StringComparison.Ordinal) < after.IndexOf(ids[0], StringComparison.Ordinal));
    }

    private static async Task PostAsync(MediaClient admin, string id, string postId, DateTimeOffset at)
    {
        using var response = await admin.PostAsync($"/api/accounts/{id}/posts", new[] { new { postId, publishedAt = at.ToString("O"), title = "日常发布" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // Ten accounts in each of three regions (two cities), the platforms mixed; filed once for the class.
    private async Task<MediaClient> SeededAsync()
    {
        var admin = await _silo.AdminAsync();
        if ((await admin.GetJsonAsync("/api/accounts?q=" + Uri.EscapeDataString("深页")))["total"]!.GetValue<int>() == 0)
        {
            foreach (var region in Regions)
            {
                var unit = await admin.CreateUnitAsync(region);
                for (var i = 0; i < 10; i++)
                {
                    await admin.FileAccountAsync(unit, i % 3 == 0 ? "douyin" : "weibo", name: $"深页{region}-{i}");
                }
            }
        }

        return admin;
    }

    private static async Task<List<string>> IdsAsync(MediaClient client, string path) => Ids(await client.GetJsonAsync(path));

    private static List<string> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    private static int Stat(string page, string name) =>
        int.Parse(Regex.Match(page, $"<span>{name}</span><b>(\\d+)</b>").Groups[1].Value, CultureInfo.InvariantCulture);

    private static int PlatformCount(string page, string platform) =>
        int.Parse(Regex.Match(page, $"platform={platform}\">[^<]*</a></td><td[^>]*>(\\d+)</td>").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"gap-count\">(\\d+)<")]
    private static partial Regex GapCount();
}
