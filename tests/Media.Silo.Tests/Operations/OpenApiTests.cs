using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Operations;

/// <summary>The OpenAPI document lists every API route the silo maps, and its page shows them to a signed-in person.</summary>
public sealed partial class OpenApiTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task The_document_is_OpenAPI_3_and_lists_every_mapped_api_route_with_its_methods()
    {
        using var http = _silo.CreateClient();
        using var response = await http.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject();

        var mapped = _silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Path: Normalize(e.RoutePattern.RawText!), Method: method.ToLowerInvariant())))
            .Distinct()
            .ToList();

        Assert.True(mapped.Count > 40, $"only {mapped.Count} API routes found");
        Assert.Contains(mapped, r => r.Path == "/api/websites/{id}/checks");
        var missing = mapped.Where(r => paths[r.Path]?[r.Method] is null).ToList();
        Assert.True(missing.Count == 0, "not in the document: " + string.Join(", ", missing));
        Assert.DoesNotContain(paths, p => !p.Key.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reference_page_shows_the_operations_to_a_signed_in_person()
    {
        using var http = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(http, "admin", SiloFactory.AdminPassword);

        var page = WebUtility.HtmlDecode(await http.GetStringAsync("/api-docs", TestContext.Current.CancellationToken));

        Assert.Contains("接口说明", page, StringComparison.Ordinal);
        Assert.Contains("<code>/api/accounts/{id}</code>", page, StringComparison.Ordinal);
        Assert.Contains("<code>POST</code>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>账号与备案</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    // The document writes a route without its constraints and without a group's trailing slash.
    private static string Normalize(string route)
    {
        var path = "/" + Constraint().Replace(route.TrimStart('/'), "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{\*{0,2}([^}:?=]+)[^}]*\}")]
    private static partial Regex Constraint();
}
