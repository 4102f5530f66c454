using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>Bearer tokens (JWT) and their key ring, sign-in with its lockout and rate limit, the first admin.</summary>
public static class AuthSetup
{
    public static WebApplicationBuilder AddMediaAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SigningKeyRing>();
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<CredentialStamps>();
        builder.Services.AddSingleton<PasswordHashing>();
        builder.Services.AddSingleton<SignIns>();
        builder.Services.AddSignInRateLimit();
        builder.Services.AddAuthentication(BearerTokens.SchemeName).AddMediaBearerTokens();
        builder.Services.AddAuthorization();

        // After Orleans in registration order, so the silo is up when it runs.
        builder.Services.AddHostedService<AdminBootstrap>();
        return builder;
    }
}
