using Media.Abstractions.Users;
using Media.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Media.Silo.Auth;

/// <summary>
/// Issues bearer tokens: JWTs signed HS256 with the current key of the ring, its id in the header's <c>kid</c>. They carry
/// the user's name, role, jurisdiction and password stamp; <see cref="BearerTokens"/> checks them.
/// </summary>
public sealed class TokenService(SigningKeyRing keys, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, IOptions<AuthOptions> options)
{
    public const string Issuer = "media";
    public const string Audience = "media-api";

    // Times come from Media's clock, not the library's.
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(UserRecord user)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = now + options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [BearerTokens.NameClaim] = user.Username,
            [BearerTokens.RoleClaim] = user.Role,
            [MediaClaims.Stamp] = CredentialStamps.Of(user),
        };
        if (user.RegionCode is not null)
        {
            claims[MediaClaims.Region] = user.RegionCode;
        }

        if (user.UnitCode is not null)
        {
            claims[MediaClaims.Unit] = user.UnitCode;
        }

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(await keys.CurrentAsync(), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }
}
