using System.Net.Http.Json;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>One request of the matrix and the answer each caller must get.</summary>
internal sealed record MatrixEndpoint(
    string Name,
    Func<AccessWorld, HttpRequestMessage> Request,
    Expect Admin,
    Expect CitySupervisor,
    Expect UnitA,
    Expect UnitB,
    Expect Anonymous = Expect.Unauthorized)
{
    public Expect For(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.Admin => Admin,
        Caller.CitySupervisor => CitySupervisor,
        Caller.UnitA => UnitA,
        Caller.UnitB => UnitB,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}

/// <summary>
/// Every endpoint of the API against every kind of caller. Requests that are allowed create fresh
/// records (new codes, handles, usernames), so rows never depend on each other.
/// </summary>
public static class AccessMatrix
{
    private const Expect A = Expect.Allowed;
    private const Expect D = Expect.Denied;
    private const Expect DE = Expect.DeniedOrEmpty;
    private const Expect R = Expect.Refused;

    internal static readonly IReadOnlyList<MatrixEndpoint> Endpoints =
    [
        new("GET /healthz", _ => Get("/healthz"), A, A, A, A, Anonymous: A),
        new("POST /api/auth/token", _ => Post("/api/auth/token",
            new { username = "admin", password = SiloFactory.AdminPassword }), A, A, A, A, Anonymous: A),
        new("GET /api/users/me", _ => Get("/api/users/me"), A, A, A, A),
        new("POST /api/users (supervisor of 440104)", _ => User("supervisor", "440104"), A, A, D, D),
        new("POST /api/users (supervisor of 440100)", _ => User("supervisor", "440100"), A, A, D, D),
        new("POST /api/users (supervisor of 440303)", _ => User("supervisor", "440303"), A, D, D, D),
        new("POST /api/users (supervisor of 440000)", _ => User("supervisor", "440000"), A, D, D, D),
        new("POST /api/users (admin)", _ => User("admin", null), A, D, D, D),
        new("POST /api/users (user of unit A)", w => User("unit", null, w.UnitA), A, A, D, D),
        new("POST /api/users (user of unit C)", w => User("unit", null, w.UnitC), A, D, D, D),
        new("POST /api/units (in 440104)", _ => Unit("440104"), A, A, D, D),
        new("POST /api/units (in 440303)", _ => Unit("440303"), A, D, D, D),
        new("GET /api/units/{A}", w => Get($"/api/units/{w.UnitA}"), A, A, A, D),
        new("GET /api/units/{B}", w => Get($"/api/units/{w.UnitB}"), A, A, D, A),
        new("GET /api/units/{C}", w => Get($"/api/units/{w.UnitC}"), A, D, D, D),
        new("POST /api/accounts (for A)", w => Post("/api/accounts", MediaClient.OpeningBody(w.UnitA)), A, A, A, D),
        new("POST /api/accounts (for B)", w => Post("/api/accounts", MediaClient.OpeningBody(w.UnitB)), A, A, D, A),
        new("POST /api/accounts (for C)", w => Post("/api/accounts", MediaClient.OpeningBody(w.UnitC)), A, D, D, D),
        new("GET /api/accounts", _ => Get("/api/accounts"), A, A, A, A),
        new("GET /api/accounts?region=440104", _ => Get("/api/accounts?region=440104"), A, A, A, A),
        new("GET /api/accounts?region=440300", _ => Get("/api/accounts?region=440300"), A, D, DE, DE),
        new("GET /api/accounts?region=440000", _ => Get("/api/accounts?region=440000"), A, D, A, A),
        new("GET /api/accounts/{A}", w => Get($"/api/accounts/{w.AccountA}"), A, A, A, D),
        new("GET /api/accounts/{B}", w => Get($"/api/accounts/{w.AccountB}"), A, A, D, A),
        new("GET /api/accounts/{C}", w => Get($"/api/accounts/{w.AccountC}"), A, D, D, D),
        new("POST /api/accounts/{A}/filings", w => Change(w.AccountA), A, A, A, D),
        new("POST /api/accounts/{B}/filings", w => Change(w.AccountB), A, A, D, A),
        new("POST /api/accounts/{C}/filings", w => Change(w.AccountC), A, D, D, D),
        new("POST /api/imports/accounts (row for A)", w => Import(w.UnitA, false), A, A, A, R),
        new("POST /api/imports/accounts (row for B)", w => Import(w.UnitB, false), A, A, R, A),
        new("POST /api/imports/accounts (row for C)", w => Import(w.UnitC, false), A, R, R, R),
        new("POST /api/imports/accounts (dry run, row for C)", w => Import(w.UnitC, true), A, R, R, R),
        new("POST /api/accounts/{A}/posts", w => Posts(w.AccountA), A, A, A, D),
        new("POST /api/accounts/{C}/posts", w => Posts(w.AccountC), A, D, D, D),
        new("POST /api/posts (for C)", w => Post("/api/posts", new { items = new[] { PostItem(w.AccountC) } }), A, R, R, R),
        new("POST /api/discoveries (in 440104)", _ => Discovery("440104"), A, A, D, D),
        new("POST /api/discoveries (in 440303)", _ => Discovery("440303"), A, R, D, D),
        new("POST /api/sweeps", _ => Post("/api/sweeps", new { }), A, A, D, D),
        new("GET /api/violations", _ => Get("/api/violations"), A, A, A, A),
        new("GET /api/violations?region=440300", _ => Get("/api/violations?region=440300"), A, D, DE, DE),
        new("POST /api/probes/rounds", _ => Post("/api/probes/rounds", new { }), A, D, D, D),
        new("GET /api/monitoring/gaps", _ => Get("/api/monitoring/gaps"), A, A, D, D),
        new("GET /api/mail/outbox", _ => Get("/api/mail/outbox"), A, D, D, D),
        new("GET /api/webhooks/outbox", _ => Get("/api/webhooks/outbox"), A, D, D, D),
        new("PUT /api/users/me/alerts", _ => new HttpRequestMessage(HttpMethod.Put, "/api/users/me/alerts")
        {
            Content = JsonContent.Create(new { immediate = true, digest = false }, options: MediaClient.Json),
        }, A, A, A, A),
        new("GET /api/samplings/due?region=440100", _ => Get("/api/samplings/due?region=440100"), A, A, D, D),
        new("GET /api/samplings/due?region=440300", _ => Get("/api/samplings/due?region=440300"), A, D, D, D),
        new("GET /api/surveys?region=440100", _ => Get("/api/surveys?region=440100"), A, A, D, D),
        new("GET /api/surveys?region=440300", _ => Get("/api/surveys?region=440300"), A, D, D, D),
    ];

    /// <summary>(endpoint name, caller, expected class) for every endpoint and caller.</summary>
    public static TheoryData<string, Caller, Expect> Rows
    {
        get
        {
            var rows = new TheoryData<string, Caller, Expect>();
            foreach (var endpoint in Endpoints)
            {
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    rows.Add(endpoint.Name, caller, endpoint.For(caller));
                }
            }

            return rows;
        }
    }

    internal static MatrixEndpoint Find(string name) => Endpoints.Single(e => e.Name == name);

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: MediaClient.Json) };

    private static HttpRequestMessage User(string role, string? regionCode, string? unitCode = null)
    {
        var username = "m" + Guid.NewGuid().ToString("N")[..12];
        return Post("/api/users", new
        {
            username, password = "Filing-Desk-2026", role, regionCode, unitCode, email = username + "@example.cn",
            displayName = "矩阵用户",
        });
    }

    private static HttpRequestMessage Unit(string region) =>
        Post("/api/units", new { code = TestCodes.Uscc(region), name = "矩阵单位", regionCode = region, level = "county", kind = "government" });

    private static HttpRequestMessage Discovery(string region) =>
        Post("/api/discoveries", new { platform = "weibo", handle = TestCodes.Handle("found"), name = "矩阵发现", regionCode = region });

    private static HttpRequestMessage Import(string unitCode, bool dryRun) =>
        Post("/api/imports/accounts", new { rows = new[] { MediaClient.OpeningBody(unitCode) }, dryRun });

    private static object PostItem(string accountId) =>
        new { accountId, postId = "m" + Guid.NewGuid().ToString("N")[..12], publishedAt = "2026-11-20T10:00:00+08:00" };

    private static HttpRequestMessage Posts(string accountId) => Post($"/api/accounts/{accountId}/posts",
        new[] { new { postId = "m" + Guid.NewGuid().ToString("N")[..12], publishedAt = "2026-11-20T10:00:00+08:00" } });

    private static HttpRequestMessage Change(string accountId) => Post($"/api/accounts/{accountId}/filings",
        new { kind = "change", effectiveOn = "2026-11-25", changes = new { name = "更名" + Guid.NewGuid().ToString("N")[..6] } });
}
