using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// A silo with a unit in 440104, an active account of it, and signed-in clients for the admin and the
/// unit's user. It also proves each body template valid, by sending one of each and expecting 2xx, so
/// that every mutation starts from a request the API accepts. All of it finishes before any test starts.
/// </summary>
public sealed class MalformedInputWorld : IAsyncLifetime
{
    public SiloFactory Silo { get; } = new();

    public MediaClient Admin { get; private set; } = null!;

    public MediaClient UnitUser { get; private set; } = null!;

    public string UnitCode { get; private set; } = "";

    public string AccountId { get; private set; } = "";

    internal IReadOnlyList<BodyTemplate> Templates => BodyTemplates.All(UnitCode, AccountId);

    public async ValueTask InitializeAsync()
    {
        Admin = await Silo.AdminAsync();
        UnitCode = await Admin.CreateUnitAsync("440104");
        AccountId = (await Admin.FileAccountAsync(UnitCode))["id"]!.GetValue<string>();
        UnitUser = await Admin.CreateUserAsync(Silo.CreateClient(), "unit", unitCode: UnitCode);

        // The close template is proved on an account of its own: closing the shared one would turn every
        // later change filing into a 409, which would hide a mutation the API failed to refuse.
        var spare = (await Admin.FileAccountAsync(UnitCode))["id"]!.GetValue<string>();
        var proofs = BodyTemplates.All(UnitCode, AccountId).Where(t => t.Name != "close filing")
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

    public async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        UnitUser?.Dispose();
        await Silo.DisposeAsync();
    }
}
