using System.Net;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Security;

/// <summary>
/// Anonymous callers get 401 everywhere but /healthz and sign-in; units never reach another unit's data,
/// supervisors never leave their region; what is allowed answers 2xx; a refused request writes nothing.
/// </summary>
public sealed partial class AccessMatrixTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Theory]
    [MemberData(nameof(AccessMatrix.Rows), MemberType = typeof(AccessMatrix))]
    public async Task Each_endpoint_answers_each_caller_as_its_role_and_jurisdiction_allow(string endpoint, Caller caller,
        Expect expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var before = expected == Expect.Allowed ? null : await world.FingerprintAsync();
        using var request = AccessMatrix.Find(endpoint).Request(world);

        using var response = await world.ClientOf(caller).SendAsync(request, cancellationToken);

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var what = $"{endpoint} as {caller} expected {expected} but got {status}: {Shorten(body)}";
        switch (expected)
        {
            case Expect.Allowed:
                Assert.True(status is >= 200 and < 300, what);
                break;
            case Expect.Unauthorized:
                Assert.True(status == 401, what);
                break;
            case Expect.Denied:
                Assert.True(status is 403 or 404, what);
                break;
            case Expect.Refused:
                Assert.True(status is 400 or 403 or 404, what);
                break;
            case Expect.DeniedOrEmpty:
                Assert.True(status is 403 or 404 || (status == 200 && ListsNothing(body)), what);
                break;
        }

        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        if (before is not null)
        {
            var after = await world.FingerprintAsync();
            Assert.True(before == after, $"{endpoint} as {caller} was refused but changed the store: {before} → {after}");
        }
    }

    private static bool ListsNothing(string body) =>
        JsonNode.Parse(body) is JsonObject list && list["items"] is JsonArray { Count: 0 } && list["total"]?.GetValue<int>() == 0;

    internal static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private async Task<HttpStatusCode> SignInStatusAsync(string username, string password)
    {
        using var client = world.Silo.CreateClient();
        using var response = await client.PostAsync("/api/auth/token",
            System.Net.Http.Json.JsonContent.Create(new { username, password }), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
