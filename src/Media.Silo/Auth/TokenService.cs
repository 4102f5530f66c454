using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Media.Abstractions.Users;
using Media.Grains;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>
/// Issues and checks bearer tokens: a base64url JSON payload and its HMAC-SHA256. The key comes from
/// grain storage (ISigningKeyGrain), so all silos agree and tokens outlive a restart.
/// </summary>
public sealed class TokenService(IGrainFactory grains, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, IOptions<AuthOptions> options)
{
    private byte[]? _key;

    public sealed record Payload(string Sub, string Role, string? Region, string? Unit, long Exp, string? Stamp = null);

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(UserRecord user)
    {
        var expiresAt = clock.GetUtcNow() + options.Value.TokenLifetime;
        var payload = new Payload(user.Username, user.Role, user.RegionCode, user.UnitCode, expiresAt.ToUnixTimeSeconds(),
            CredentialStamps.Of(user));
        var body = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = WebEncoders.Base64UrlEncode(HMACSHA256.HashData(await KeyAsync(), Encoding.ASCII.GetBytes(body)));
        return ($"{body}.{signature}", expiresAt);
    }

    /// <summary>The payload of a valid, unexpired token; null for anything else.</summary>
    public async Task<Payload?> ValidateAsync(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var body = token[..dot];
            var expected = HMACSHA256.HashData(await KeyAsync(), Encoding.ASCII.GetBytes(body));
            if (!CryptographicOperations.FixedTimeEquals(expected, WebEncoders.Base64UrlDecode(token[(dot + 1)..])))
            {
                return null;
            }

            var payload = JsonSerializer.Deserialize<Payload>(WebEncoders.Base64UrlDecode(body));
            return payload is not null && payload.Exp > clock.GetUtcNow().ToUnixTimeSeconds() ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<byte[]> KeyAsync() => _key ??= await grains.GetGrain<ISigningKeyGrain>(0).GetAsync();
}
