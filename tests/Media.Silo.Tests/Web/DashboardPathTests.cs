using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Web;

/// <summary>
/// The Orleans Dashboard behind Media's sign-in: a malformed path is the client's error, never a 500. The silo listens on
/// a real loopback socket (Kestrel) and the requests are written byte for byte, since an HttpClient would repair them.
/// </summary>
public sealed class DashboardPathTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private readonly int _port = FreePort.Next();
    private string _cookie = "";

    public async ValueTask InitializeAsync()
    {
        _silo.UseKestrel(_port);
        _silo.StartServer();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        await PageSignIn.SignInAsync(client, "admin", SiloFactory.AdminPassword);
        _cookie = "media.auth=" + handler.CookieContainer.GetCookies(client.BaseAddress)["media.auth"]!.Value;
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    [Theory]
    [InlineData("/dashboard/%")]
    [InlineData("/dashboard/%zz")]
    [InlineData("/dashboard/..%2f")]
    [InlineData("/dashboard/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/dashboard/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/dashboard/%c0%af")]
    [InlineData("/dashboard/%5c..%5c")]
    [InlineData("/dashboard/a%01b")]
    [InlineData("/dashboard/HistoricalStats/%zz")]
    [InlineData("/dashboard/HistoricalStats/garbage")]
    [InlineData("/dashboard/SiloProperties/x")]
    [InlineData("/dashboard/SiloCounters/127.0.0.1")]
    public async Task A_malformed_dashboard_path_is_a_client_error_for_a_signed_in_admin(string path)
    {
        var status = await StatusOfAsync(path);

        Assert.True(status is 400 or 404, $"{path} → {status}");
    }

    [Fact]
    public async Task The_dashboard_itself_still_answers() => Assert.Equal(200, await StatusOfAsync("/dashboard/"));

    [Theory]
    [InlineData("/dashboard/%")]
    [InlineData("/dashboard/..%2f")]
    public void The_guard_refuses_what_it_must_and_passes_the_dashboards_own_paths(string bad)
    {
        Assert.False(Media.Silo.Web.DashboardPathGuard.IsClean(bad));
        Assert.True(Media.Silo.Web.DashboardPathGuard.IsClean("/dashboard/index.min.js"));
        Assert.True(Media.Silo.Web.DashboardPathGuard.IsClean("/dashboard/ClusterStats"));
    }

    // One HTTP/1.1 request written as is; answers the status code of the reply.
    private async Task<int> StatusOfAsync(string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: localhost:{_port}\r\nCookie: {_cookie}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
        return int.Parse(statusLine!.Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
