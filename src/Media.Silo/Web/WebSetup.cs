using System.Security.Claims;
using Media.Abstractions.Users;
using Media.Application;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Orleans.Dashboard;

namespace Media.Silo.Web;

/// <summary>
/// The web UI: server-rendered Razor Pages under <c>Web/Pages</c>, signed in with a cookie (the API keeps its
/// bearer tokens, so a browser's cookie never authorises an API call). Razor Pages check the antiforgery token
/// of every form post.
/// </summary>
public static class WebSetup
{
    public const string CookieScheme = "MediaCookie";
    public const string Policy = "web";
    public const string AdminPolicy = "web-admin";

    /// <summary>Configuration key: whether the Orleans Dashboard runs (default true).</summary>
    public const string OrleansDashboardKey = "Web:OrleansDashboard";

    public static WebApplicationBuilder AddMediaWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddCookie(CookieScheme, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.Events.OnRedirectToAccessDenied = AccessDeniedPage.WriteAsync;
                o.Cookie.Name = "media.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // A cookie from before a password change no longer signs anyone in.
                o.Events.OnValidatePrincipal = async context =>
                {
                    var stamps = context.HttpContext.RequestServices.GetRequiredService<CredentialStamps>();
                    if (context.Principal?.Identity?.Name is not { } name
                        || !await stamps.IsCurrentAsync(name, context.Principal.FindFirst(MediaClaims.Stamp)?.Value))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieScheme);
                    }
                };
            });
        builder.Services.AddAuthorization(o =>
        {
            o.AddPolicy(Policy, p => p.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser());
            o.AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(Roles.Admin));
        });
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web/Pages";
            o.Conventions.AuthorizeFolder("/", Policy);
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            o.Conventions.AllowAnonymousToPage("/Login");
        });
        return builder;
    }

    public static WebApplication MapMediaWeb(this WebApplication app)
    {
        app.MapRazorPages();
        if (app.Configuration.GetValue(OrleansDashboardKey, true))
        {
            app.UseDashboardPathGuard("/dashboard");
            app.MapOrleansDashboard("/dashboard").RequireAuthorization(AdminPolicy);
        }

        return app;
    }

    /// <summary>The same claims a bearer token carries, so <see cref="Caller"/> reads both alike.</summary>
    public static ClaimsPrincipal Principal(UserRecord user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Username), new(ClaimTypes.Role, user.Role), new(MediaClaims.Stamp, CredentialStamps.Of(user)),
            // Antiforgery ties its tokens to this claim when present (otherwise to all claims, the stamp included).
            new(ClaimTypes.NameIdentifier, user.Username),
        };
        if (user.RegionCode is not null)
        {
            claims.Add(new Claim(MediaClaims.Region, user.RegionCode));
        }

        if (user.UnitCode is not null)
        {
            claims.Add(new Claim(MediaClaims.Unit, user.UnitCode));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
