using System.Security.Claims;
using Media.Grains;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Media.Silo.Auth;

/// <summary>
/// Checks <c>Authorization: Bearer …</c> with ASP.NET Core's JwtBearer: HS256 only, Media's issuer and audience, a key
/// from the ring named by the token's <c>kid</c> (an unknown kid, or any other key, is refused), unexpired by Media's
/// clock, and a password stamp that is still the user's (a password change ends the token).
/// </summary>
public static class BearerTokens
{
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;
    public const string NameClaim = "sub";
    public const string RoleClaim = "role";

    /// <summary>Longer tokens are not read at all; Media's are a few hundred characters.</summary>
    public const int MaxLength = 4096;

    public static AuthenticationBuilder AddMediaBearerTokens(this AuthenticationBuilder authentication)
    {
        authentication.AddJwtBearer(SchemeName, o => o.MapInboundClaims = false);
        authentication.Services.AddOptions<JwtBearerOptions>(SchemeName).Configure<IServiceProvider>((o, services) =>
        {
            var ring = services.GetRequiredService<SigningKeyRing>();
            var clock = services.GetRequiredKeyedService<TimeProvider>(MediaClock.Key);
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenService.Issuer,
                ValidAudience = TokenService.Audience,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                IssuerSigningKeyResolver = (_, _, kid, _) => ring.KeysFor(kid),
                LifetimeValidator = (notBefore, expires, _, _) =>
                    expires is { } end && end > clock.GetUtcNow().UtcDateTime && !(notBefore > clock.GetUtcNow().UtcDateTime),
                NameClaimType = NameClaim,
                RoleClaimType = RoleClaim,
            };
            o.Events = new JwtBearerEvents { OnMessageReceived = ReadTokenAsync, OnTokenValidated = CheckStampAsync };
        });
        return authentication;
    }

    // Reads the token itself so that the ring can be brought up to date for the key it names before it is checked.
    private static async Task ReadTokenAsync(MessageReceivedContext context)
    {
        string? header = context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.NoResult();
            return;
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > MaxLength)
        {
            context.Fail("no token, or one too long to be Media's");
            return;
        }

        var handler = new JsonWebTokenHandler();
        var kid = handler.CanReadToken(token) ? KidOf(handler, token) : null;
        await context.HttpContext.RequestServices.GetRequiredService<SigningKeyRing>().PrepareAsync(kid);
        context.Token = token;
    }

    private static string? KidOf(JsonWebTokenHandler handler, string token)
    {
        try
        {
            return handler.ReadJsonWebToken(token).Kid;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (SecurityTokenException)
        {
            return null;
        }
    }

    // Media's callers read ClaimTypes.Name and ClaimTypes.Role (the sign-in cookie carries the same), so the token's
    // claims are turned into that shape once the stamp is known to be current.
    private static async Task CheckStampAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var name = principal.FindFirstValue(NameClaim);
        var stamps = context.HttpContext.RequestServices.GetRequiredService<CredentialStamps>();
        if (name is null || !await stamps.IsCurrentAsync(name, principal.FindFirstValue(MediaClaims.Stamp)))
        {
            context.Fail("the password changed after this token was issued");
            return;
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, principal.FindFirstValue(RoleClaim) ?? "") };
        foreach (var type in new[] { MediaClaims.Region, MediaClaims.Unit })
        {
            if (principal.FindFirstValue(type) is { } value)
            {
                claims.Add(new Claim(type, value));
            }
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }
}
