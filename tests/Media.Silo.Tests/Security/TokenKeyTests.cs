using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Media.Abstractions.Users;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>
/// Bearer tokens are JWTs signed with a key of the ring, named by the header's <c>kid</c>: only a key of the ring
/// under its own id authenticates, a rotation makes new tokens carry a new kid, and tokens of the previous key keep
/// working until they expire.
/// </summary>
public sealed class TokenKeyTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_token_re_signed_with_a_random_key_under_the_current_kid_is_refused()
    {
        using var admin = await _silo.AdminAsync();
        var (header, payload) = Parts(TokenOf(admin));

        Assert.Equal(HttpStatusCode.OK, await MeAsync(TokenOf(admin)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Sign(header, payload, RandomNumberGenerator.GetBytes(32))));
    }

    [Fact]
    public async Task A_token_with_a_made_up_kid_is_refused_whatever_key_signed_it()
    {
        using var admin = await _silo.AdminAsync();
        var (header, payload) = Parts(TokenOf(admin));
        var madeUp = Edit(header, h => h["kid"] = "0123456789abcdef");
        var currentKey = (await _silo.Grains.GetGrain<ISigningKeyGrain>(0).GetRingAsync())[^1].Key;

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Sign(madeUp, payload, RandomNumberGenerator.GetBytes(32))));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Sign(madeUp, payload, currentKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Sign(Edit(header, h => h.Remove("kid")), payload, currentKey)));
    }

    [Fact]
    public async Task After_a_rotation_new_tokens_carry_the_new_kid_and_tokens_of_the_kept_key_still_work()
    {
        using var admin = await _silo.AdminAsync();
        var before = TokenOf(admin);
        var oldKid = KidOf(before);

        var rotated = await admin.PostAsync("/api/auth/keys/rotate", new { });
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newKid = (await MediaClient.ReadJsonAsync(rotated))["kid"]!.GetValue<string>();
        using var again = await _silo.AdminAsync();

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal(newKid, KidOf(TokenOf(again)));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(before));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(TokenOf(again)));
    }

    [Fact]
    public async Task Only_an_admin_rotates_the_keys()
    {
        using var admin = await _silo.AdminAsync();
        using var supervisor = await _silo.SignInAsync(await SignInCalls.CreateUserAsync(admin), SignInCalls.Password);
        var ring = await _silo.Grains.GetGrain<ISigningKeyGrain>(0).GetRingAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/api/auth/keys/rotate", new { })).StatusCode);
        Assert.Equal(ring[^1].Kid, (await _silo.Grains.GetGrain<ISigningKeyGrain>(0).GetRingAsync())[^1].Kid);
    }

    private static string TokenOf(MediaClient client) => client.Http.DefaultRequestHeaders.Authorization!.Parameter!;

    private static (string Header, string Payload) Parts(string token) => (token.Split('.')[0], token.Split('.')[1]);

    private static string KidOf(string token) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(Parts(token).Header))!["kid"]!.GetValue<string>();

    private static string Edit(string part, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();
        change(json);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    // HS256 by hand, so the forgery does not depend on the library under test.
    private static string Sign(string header, string payload, byte[] key) =>
        $"{header}.{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")))}";

    private async Task<HttpStatusCode> MeAsync(string token)
    {
        using var http = _silo.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await http.GetAsync("/api/users/me", TestContext.Current.CancellationToken)).StatusCode;
    }
}
