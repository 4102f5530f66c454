using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Web;

/// <summary>One silo process for a class of browser tests, with an admin API client to set the scene.</summary>
public sealed class WebSilo : IAsyncLifetime
{
    public const string Password = "Web-Root-Secret-1";
    private readonly TempDirectory _data = new("media-web");

    public SiloProcess Silo { get; private set; } = null!;

    public MediaClient Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Every browser test signs in from the same loopback address: the per-address sign-in limit (tested on its own)
        // would refuse the class's later tests within the same minute.
        Silo = await SiloProcess.StartAsync(_data.Path, Password, TimeSpan.FromSeconds(60),
            new Dictionary<string, string> { ["Auth__SignInRateLimit__PermitLimit"] = "1000" });
        Admin = await MediaClient.SignInAsync(Silo.CreateClient(), "admin", Password);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Silo.DisposeAsync();
        _data.Dispose();
    }
}
