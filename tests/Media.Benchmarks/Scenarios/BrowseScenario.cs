using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Media.Benchmarks.Scenarios;

/// <summary>
/// <c>browse --accounts N [--calls 40]</c>: what a supervisor waits for. N accounts filed (1% silent, swept into violations as in
/// the sweep scenario), a city supervisor (the city Synthetic fills most) and a province supervisor created through the API; then,
/// over loopback HTTP after a warm-up, <c>calls</c> sequential requests of each kind (list page 1, a deep page, search by account
/// name, handle, unit name and unit code, the violation list, the dashboard) through the API (bearer) and the pages (cookie),
/// with p50/p95/p99 per kind. Baseline: the same lists as indexed SQL queries over a SQLite table of the same N rows.
/// </summary>
public static partial class BrowseScenario
{
    private const string Province = "440000";
    private const int PageSize = 50;
    private const int DeepPage = 200;
    private const int WarmUp = 5;

    private const string SeedMark = "bench-browse-accounts.txt";

    // dataDir: a data directory seeded by an earlier browse run to reuse (seeded and kept when empty), so a change can be
    // measured before and after on the same rows without seeding again; null for a fresh one.
    public static async Task<BenchResult> RunAsync(int n, int calls, string? dataDir = null)
    {
        if (dataDir is not null)
        {
            Directory.CreateDirectory(dataDir);
        }

        await using var silo = await BenchSilo.StartAsync(dataDir);
        var mark = dataDir is null ? null : Path.Combine(dataDir, SeedMark);
        var seeded = mark is not null && File.Exists(mark);
        if (seeded && int.Parse(await File.ReadAllTextAsync(mark!), CultureInfo.InvariantCulture) != n)
        {
            throw new InvalidOperationException($"{dataDir} was seeded with another number of accounts than {n}");
        }

        double? seed = seeded ? null : await SweepScenario.SeedSilentAsync(silo, n);
        var sweep = seeded ? null : await silo.PostAsync("/api/sweeps", new { });
        var city = BusiestCity(n);
        var cityAccounts = InScope(n, city).Count;
        var p50 = new JsonObject();
        var p95 = new JsonObject();
        var p99 = new JsonObject();
        var watch = Stopwatch.StartNew();
        var requests = 0;
        foreach (var (who, region) in new[] { ("city", city), ("province", Province) })
        {
            var username = who + "-supervisor";
            if (!seeded)
            {
                await silo.PostAsync("/api/users", new
                {
                    username, password = BenchSilo.Password, role = "supervisor", regionCode = region,
                    email = username + "@example.cn", displayName = who,
                });
            }
            using var api = await ApiClientAsync(silo, username);
            using var pages = await PageClientAsync(silo, username);
            var inScope = InScope(n, region);
            foreach (var (kind, path) in Kinds(inScope, await LastPageAsync(api)))
            {
                var (viaApi, viaPage) = (path(true), path(false));
                foreach (var (client, via, target) in new[] { (api, "api", viaApi), (pages, "page", viaPage) })
                {
                    if (target is null)
                    {
                        continue;
                    }

                    var times = await TimeAsync(client, target, calls);
                    requests += times.Length + WarmUp;
                    var name = $"{who}.{via}.{kind}";
                    p50[name] = Percentile(times, 50);
                    p95[name] = Percentile(times, 95);
                    p99[name] = Percentile(times, 99);
                }
            }
        }

        var measured = watch.Elapsed.TotalSeconds;
        if (mark is not null && !seeded)
        {
            await File.WriteAllTextAsync(mark, n.ToString(CultureInfo.InvariantCulture));
        }

        var baseline = BrowseBaseline.Measure(n, city, calls);
        var worst = p95.Max(p => p.Value!.GetValue<double>());
        return new BenchResult("browse", n, measured, requests / measured, silo.PeakRssMb(),
            new Baseline($"SQLite indexed queries, worst p95 of {baseline.Count} kinds", baseline.Max(b => b.Value!.GetValue<double>()) / 1000),
            SeedSeconds: seed, Note: $"city {city} ({cityAccounts} accounts), province {n}; {sweep?["newViolations"]?.ToString() ?? "(seeded before)"} violations; worst p95 {worst} ms",
            Figures: new JsonObject
            {
                ["p50Ms"] = p50, ["p95Ms"] = p95, ["p99Ms"] = p99, ["worstP95Ms"] = worst, ["baselineP95Ms"] = baseline, ["calls"] = calls,
                ["city"] = city,
            });
    }

    /// <summary>The request kinds, each a path for the API (true) and for the pages (false); null where one has no such request.</summary>
    private static IEnumerable<(string Kind, Func<bool, Func<int, string>?> Path)> Kinds(List<int> accounts, int lastPage)
    {
        // Each call searches for another account of the jurisdiction, so no answer is the previous one's.
        int Pick(int call) => accounts[(int)((long)call * 7919 % accounts.Count)];
        string List(bool api, string query) => (api ? "/api/accounts?" : "/accounts?") + query;
        var deep = Math.Min(DeepPage, lastPage);
        yield return ("accounts.page1", api => _ => List(api, api ? "page=1" : "p=1"));
        yield return ("accounts.deep", api => _ => List(api, (api ? "page=" : "p=") + deep.ToString(CultureInfo.InvariantCulture)));
        yield return ("search.name", api => call => List(api, "q=" + Uri.EscapeDataString("账号" + Pick(call).ToString(CultureInfo.InvariantCulture))));
        yield return ("search.handle", api => call => List(api, "q=" + Synthetic.AccountId(Pick(call))["weibo:".Length..]));
        yield return ("search.unitName", api => call => List(api, "q=" + Uri.EscapeDataString(
            "单位" + (Pick(call) / Synthetic.AccountsPerUnit).ToString(CultureInfo.InvariantCulture))));
        yield return ("search.unitCode", api => call => List(api, "q=" + Synthetic.UnitCode(Pick(call) / Synthetic.AccountsPerUnit)));
        yield return ("violations", api => _ => api ? "/api/violations" : "/violations");
        // The dashboard is a page; the API has its parts (counts, lists) but no one request for it.
        yield return ("dashboard", api => api ? null : _ => "/");
    }

    private static async Task<double[]> TimeAsync(HttpClient client, Func<int, string> path, int calls)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await GetAsync(client, path(calls + i));
        }

        var times = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var watch = Stopwatch.StartNew();
            await GetAsync(client, path(i));
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
    }

    internal static double Percentile(double[] times, int percent)
    {
        var sorted = times.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Length - 1)], 2);
    }

    private static async Task<int> LastPageAsync(HttpClient api)
    {
        using var response = await api.GetAsync("/api/accounts?pageSize=1");
        var total = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["total"]!.GetValue<int>();
        return Math.Max(1, (total + PageSize - 1) / PageSize);
    }

    /// <summary>The city (xx xx 00) holding most of Synthetic's accounts.</summary>
    internal static string BusiestCity(int n) => Enumerable.Range(0, n)
        .GroupBy(i => CityOf(i))
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    internal static string RegionOf(int account) => Synthetic.Regions[account / Synthetic.AccountsPerUnit % Synthetic.Regions.Length];

    internal static string CityOf(int account) => RegionOf(account)[..4] + "00";

    private static List<int> InScope(int n, string region) => region == Province
        ? [.. Enumerable.Range(0, n)]
        : [.. Enumerable.Range(0, n).Where(i => CityOf(i) == region)];

    private static async Task<HttpClient> ApiClientAsync(BenchSilo silo, string username)
    {
        var client = new HttpClient { BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(5) };
        var token = (await silo.PostAsync("/api/auth/token", new { username, password = BenchSilo.Password }))["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // Signs in through the /login form, as a browser does, so the cookie container holds the session.
    private static async Task<HttpClient> PageClientAsync(BenchSilo silo, string username)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(5),
        };
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var signedIn = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username, ["password"] = BenchSilo.Password, ["__RequestVerificationToken"] = token,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"page sign-in of {username}: {(int)signedIn.StatusCode}");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
