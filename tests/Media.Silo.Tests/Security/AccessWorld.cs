using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>
/// One silo with two jurisdictions: units A and B in 广州越秀 (440104), unit C in 深圳罗湖 (440303),
/// one account each, a supervisor of 广州 (440100) and a user for each of units A and B.
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public const string CitySupervisorRegion = "440100";

    public SiloFactory Silo { get; } = new();

    public MediaClient Admin { get; private set; } = null!;

    public MediaClient CitySupervisor { get; private set; } = null!;

    public MediaClient UnitAUser { get; private set; } = null!;

    public MediaClient UnitBUser { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public string UnitA { get; private set; } = "";

    public string UnitB { get; private set; } = "";

    public string UnitC { get; private set; } = "";

    public string AccountA { get; private set; } = "";

    public string AccountB { get; private set; } = "";

    public string AccountC { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Admin = await Silo.AdminAsync();
        UnitA = await Admin.CreateUnitAsync("440104");
        UnitB = await Admin.CreateUnitAsync("440104");
        UnitC = await Admin.CreateUnitAsync("440303");
        AccountA = (await Admin.FileAccountAsync(UnitA))["id"]!.GetValue<string>();
        AccountB = (await Admin.FileAccountAsync(UnitB))["id"]!.GetValue<string>();
        AccountC = (await Admin.FileAccountAsync(UnitC))["id"]!.GetValue<string>();
        CitySupervisor = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", CitySupervisorRegion);
        UnitAUser = await Admin.CreateUserAsync(Silo.CreateClient(), "unit", unitCode: UnitA);
        UnitBUser = await Admin.CreateUserAsync(Silo.CreateClient(), "unit", unitCode: UnitB);
        Anonymous = Silo.CreateClient();
    }

    /// <summary>The HTTP client a caller uses (anonymous has no Authorization header).</summary>
    public HttpClient ClientOf(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.Admin => Admin.Http,
        Caller.CitySupervisor => CitySupervisor.Http,
        Caller.UnitA => UnitAUser.Http,
        Caller.UnitB => UnitBUser.Http,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    public Task<string> FingerprintAsync() => StoreFingerprint.TakeAsync(Silo.DatabaseFile, cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Admin, CitySupervisor, UnitAUser, UnitBUser })
        {
            client?.Dispose();
        }

        Anonymous?.Dispose();
        await Silo.DisposeAsync();
    }
}
