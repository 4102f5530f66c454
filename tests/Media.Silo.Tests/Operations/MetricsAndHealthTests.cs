using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Operations;

/// <summary>What a load balancer and a person reporting a problem read: /healthz (GET and HEAD) with the version.</summary>
public sealed class MetricsAndHealthTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Healthz_names_the_version_and_answers_head()
    {
        using var http = _silo.CreateClient();
        var health = JsonNode.Parse(await http.GetStringAsync("/healthz", TestContext.Current.CancellationToken))!;
        var version = health["version"]!.GetValue<string>();
        Assert.Matches(@"^\d+\.\d+\.\d+", version);

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = WebUtility.HtmlDecode(await browser.GetStringAsync("/login", TestContext.Current.CancellationToken));
        Assert.Contains($"<footer class=\"muted\">Media {version}</footer>", login, StringComparison.Ordinal);
    }
}
