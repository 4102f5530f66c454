using Microsoft.AspNetCore.Authentication;

namespace Media.Silo.Auth;

/// <summary>Bearer-token authentication, the token service and the first admin.</summary>
public static class AuthSetup
{
    public static WebApplicationBuilder AddMediaAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<CredentialStamps>();
        builder.Services.AddSingleton<PasswordHashing>();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization();

        // After Orleans in registration order, so the silo is up when it runs.
        builder.Services.AddHostedService<AdminBootstrap>();
        return builder;
    }
}
