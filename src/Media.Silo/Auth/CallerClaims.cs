using System.Security.Claims;
using Media.Application;

namespace Media.Silo.Auth;

/// <summary>The caller a signed-in principal (cookie or bearer token) stands for.</summary>
public static class CallerClaims
{
    public static Caller From(ClaimsPrincipal principal) => new(
        principal.Identity?.Name ?? "",
        principal.FindFirstValue(ClaimTypes.Role) ?? "",
        principal.FindFirstValue(MediaClaims.Region),
        principal.FindFirstValue(MediaClaims.Unit));
}
