using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// A silo with a unit in 440104, an active account of it, and signed-in clients for the admin and the
/// unit's user. It also proves each body template valid, by sending one of each and expecting 2xx, so
/// that every mutation starts from a request the API accepts. All of it finishes before any test starts.
/// </summary>
public sealed class MalformedInputWorld : IAsyncLifetime
{
    // Mail is routed quickly, so the violation below is "notified" (a state change) before any test starts.
    public SiloFactory Silo { get; } = new() { Settings = { ["Mail:PollInterval"] = "00:00:00.100" } };

    public MediaClient Admin { get; private set; } = null!;

    public MediaClient UnitUser { get; private set; } = null!;

    public string UnitCode { get; private set; } = "";

    public string AccountId { get; private set; } = "";

    public string ViolationId { get; private set; } = "";

    internal IReadOnlyList<BodyTemplate> Templates => BodyTemplates.All(UnitCode, AccountId, ViolationId);

    public async ValueTask InitializeAsync()
    {
        Admin = await Silo.AdminAsync();
        UnitCode = await Admin.CreateUnitAsync("440104");
        AccountId = (await Admin.FileAccountAsync(UnitCode))["id"]!.GetValue<string>();
        UnitUser = await Admin.CreateUserAsync(Silo.CreateClient(), "unit", unitCode: UnitCode);
        ViolationId = await SilentAccountViolationAsync();

        // The close template is proved on an account of its own: closing the shared one would turn every
        // later change filing into a 409, which would hide a mutation the API failed to refuse.
        var spare = (await Admin.FileAccountAsync(UnitCode))["id"]!.GetValue<string>();
        var proofs = BodyTemplates.All(UnitCode, AccountId, ViolationId).Where(t => t.Name != "close filing")
            .Append(BodyTemplates.Closing(spare));
        foreach (var (template, i) in proofs.Select((t, i) => (t, i)))
        {
            using var response = await Admin.Http.PostAsync(template.Path,
                Bodies.Json(template.Create(new Random(1000 + i)).ToJsonString()));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"The {template.Name} template is not a valid request: {(int)response.StatusCode} {body}");
            }
        }
    }

    // An account silent since September has a two-week violation after a sweep; wait until its alert is mailed.
    private async Task<string> SilentAccountViolationAsync()
    {
        var response = await Admin.PostAsync("/api/accounts", MediaClient.OpeningBody(UnitCode, "douyin", openedOn: "2026-09-01"));
        var account = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
        await Admin.PostAsync($"/api/accounts/{account}/posts", new[] { new { postId = "p1", publishedAt = "2026-09-02T10:00:00+08:00" } });
        await Admin.PostAsync("/api/sweeps", new { });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var list = await Admin.GetJsonAsync("/api/violations?rule=no-update-2w&status=notified");
            if (list["items"]!.AsArray().FirstOrDefault(v => v!["accountId"]!.GetValue<string>() == account) is { } found)
            {
                return found["id"]!.GetValue<string>();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the world's violation was never notified");
    }

    public async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        UnitUser?.Dispose();
        await Silo.DisposeAsync();
    }
}
