using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions.Users;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Security;

/// <summary>Only an intact, unexpired token signed by the silo authenticates.</summary>
public sealed partial class AccessMatrixTests
{
    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer ")]
    [InlineData("Bearer .")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer ....")]
    [InlineData("Bearer @@@.###")]
    [InlineData("Bearer eyJzdWIiOiJhZG1pbiJ9")]
    [InlineData("Bearer eyJTdWIiOiJhZG1pbiIsIlJvbGUiOiJhZG1pbiIsIkV4cCI6OTk5OTk5OTk5OX0.")]
    [InlineData("Basic YWRtaW46QWRtaW4tVGVzdC1QYXNzd29yZC0x")]
    [InlineData("admin")]
    public async Task A_garbage_authorization_header_gets_401(string header)
    {
        await AssertRefusedAsync(header);
    }

    [Fact]
    public async Task An_oversized_token_gets_401()
    {
        var token = world.UnitAUser.Http.DefaultRequestHeaders.Authorization!.Parameter!;

        await AssertRefusedAsync("Bearer " + new string('A', 5000) + token);
    }

    [Fact]
    public async Task An_expired_token_gets_401_while_the_same_token_minted_now_works()
    {
        var grains = world.Silo.Services.GetRequiredService<IGrainFactory>();
        var admin = (await grains.GetGrain<IUserGrain>("admin").GetAsync())!;
        var lifetime = Options.Create(new AuthOptions { TokenLifetime = TimeSpan.FromHours(1) });
        var yesterday = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(-1));

        var (expired, _) = await new TokenService(grains, yesterday, lifetime).IssueAsync(admin);
        var (current, _) = await new TokenService(grains, TimeProvider.System, lifetime).IssueAsync(admin);

        await AssertRefusedAsync("Bearer " + expired);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users/me");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + current);
        using var response = await world.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("role-admin")]
    [InlineData("unit-c")]
    [InlineData("later-expiry")]
    [InlineData("other-users-signature")]
    [InlineData("flipped-signature")]
    [InlineData("no-signature")]
    [InlineData("no-dot")]
    public async Task A_tampered_token_gets_401(string tampering)
    {
        var token = world.UnitAUser.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var admin = world.Admin.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var (body, signature) = (token[..token.IndexOf('.', StringComparison.Ordinal)], token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..]);

        var forged = tampering switch
        {
            "role-admin" => Edit(body, p => { p["Role"] = "admin"; p["Unit"] = null; }) + "." + signature,
            "unit-c" => Edit(body, p => p["Unit"] = world.UnitC) + "." + signature,
            "later-expiry" => Edit(body, p => p["Exp"] = p["Exp"]!.GetValue<long>() + 3600) + "." + signature,
            "other-users-signature" => body + "." + admin[(admin.IndexOf('.', StringComparison.Ordinal) + 1)..],
            "flipped-signature" => body + "." + (signature[0] == 'A' ? 'B' : 'A') + signature[1..],
            "no-signature" => body + ".",
            _ => body + signature,
        };

        await AssertRefusedAsync("Bearer " + forged);
    }

    private static string Edit(string body, Action<JsonObject> change)
    {
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(body))!.AsObject();
        change(payload);
        return Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }

    // A path unit A may read and one it may not: neither opens with a bad token.
    private async Task AssertRefusedAsync(string authorization)
    {
        foreach (var path in new[] { "/api/users/me", $"/api/accounts/{world.AccountA}", $"/api/accounts/{world.AccountC}", "/api/accounts" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);

            using var response = await world.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);

            var what = $"{Shorten(authorization)} on {path}";
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what} gave {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
