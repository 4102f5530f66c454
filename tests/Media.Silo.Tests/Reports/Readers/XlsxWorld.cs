using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Reports.Readers;

/// <summary>
/// A Guangzhou with a little of everything a workbook lists: two district units, four accounts (one posting, one
/// reported), and a 2026Q4 sampling of all four in which 海珠教育 fails, on a clock standing at Beijing 2026-12-03 10:00.
/// </summary>
public sealed class XlsxWorld : IAsyncLifetime
{
    public const string YuexiuUnit = "越秀区人民政府办公室", HaizhuUnit = "海珠区人民政府";
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    public SiloFactory Silo { get; } = new() { Clock = new FakeTimeProvider(Now) };

    public MediaClient Admin { get; private set; } = null!;

    /// <summary>Signed in through the login form: the import page's template is a page handler, behind the cookie.</summary>
    public HttpClient Browser { get; private set; } = null!;

    public string Sampling { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Admin = await Silo.AdminAsync();
        Browser = Silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(Browser, "admin", SiloFactory.AdminPassword);

        var yuexiu = await Admin.CreateUnitAsync("440104", name: YuexiuUnit);
        var haizhu = await Admin.CreateUnitAsync("440105", name: HaizhuUnit);
        var posting = await AccountAsync(yuexiu, "weibo", "越秀发布");
        var failing = await AccountAsync(haizhu, "douyin", "海珠教育");
        string[] all = [posting, failing, await AccountAsync(yuexiu, "wechat", "越秀政务"), await AccountAsync(haizhu, "weibo", "海珠发布")];

        var posts = Enumerable.Range(1, 3).Select(i => new { postId = $"p{i}", publishedAt = (Now - TimeSpan.FromHours(24 * i)).ToString("O") });
        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/api/accounts/{posting}/posts", posts)).StatusCode);
        var reported = await Admin.PostAsync("/api/violations", new { accountId = posting, rule = "forced-engagement", note = "要求群众转发点赞" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        var sampled = await Admin.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = "440100", ratio = 1m, seed = "seed-xlsx" });
        var text = await sampled.Content.ReadAsStringAsync();
        Assert.True(sampled.StatusCode == HttpStatusCode.Created, text);
        Sampling = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        foreach (var account in all)
        {
            var failed = account == failing;
            var inspected = await Admin.PostAsync($"/api/samplings/{Sampling}/inspections", new
            {
                accountId = account, passed = !failed,
                findings = failed ? new[] { new { rule = "no-update-2w", note = "两周内无更新" } } : [],
            });
            Assert.True(inspected.StatusCode == HttpStatusCode.OK, await inspected.Content.ReadAsStringAsync());
        }
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        Admin.Dispose();
        await Silo.DisposeAsync();
    }

    /// <summary>A file as a client downloads it, refused unless it is an XLSX.</summary>
    public static async Task<byte[]> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> AccountAsync(string unit, string platform, string name) =>
        (await Admin.FileAccountAsync(unit, platform, name: name, openedOn: "2026-06-01"))["id"]!.GetValue<string>();
}
