using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>Authenticates <c>Authorization: Bearer …</c> with Media's own tokens.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    CredentialStamps stamps) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var payload = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        if (payload is null)
        {
            return AuthenticateResult.Fail("invalid or expired token");
        }

        if (!await stamps.IsCurrentAsync(payload.Sub, payload.Stamp))
        {
            return AuthenticateResult.Fail("the password changed after this token was issued");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, payload.Sub), new(ClaimTypes.Role, payload.Role) };
        if (payload.Region is not null)
        {
            claims.Add(new Claim(MediaClaims.Region, payload.Region));
        }

        if (payload.Unit is not null)
        {
            claims.Add(new Claim(MediaClaims.Unit, payload.Unit));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
