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
        var ring = world.Silo.Services.GetRequiredService<SigningKeyRing>();

        var (expired, _) = await new TokenService(ring, yesterday, lifetime).IssueAsync(admin);
        var (current, _) = await new TokenService(ring, TimeProvider.System, lifetime).IssueAsync(admin);

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
    [InlineData("alg-none")]
    [InlineData("two-parts")]
    public async Task A_tampered_token_gets_401(string tampering)
    {
        var token = world.UnitAUser.Http.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var admin = world.Admin.Http.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var (header, payload, signature) = (token[0], token[1], token[2]);

        var forged = tampering switch
        {
            "role-admin" => $"{header}.{Edit(payload, p => { p["role"] = "admin"; p.Remove("media:unit"); })}.{signature}",
            "unit-c" => $"{header}.{Edit(payload, p => p["media:unit"] = world.UnitC)}.{signature}",
            "later-expiry" => $"{header}.{Edit(payload, p => p["exp"] = p["exp"]!.GetValue<long>() + 3600)}.{signature}",
            "other-users-signature" => $"{header}.{payload}.{admin[2]}",
            "flipped-signature" => $"{header}.{payload}.{(signature[0] == 'A' ? 'B' : 'A')}{signature[1..]}",
            "no-signature" => $"{header}.{payload}.",
            "alg-none" => $"{Edit(header, h => h["alg"] = "none")}.{payload}.",
            _ => $"{header}.{payload}",
        };

        await AssertRefusedAsync("Bearer " + forged);
    }

    private static string Edit(string part, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();
        change(json);
        return Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
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
