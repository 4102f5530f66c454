namespace Media.Silo.Auth;

/// <summary>The <c>Auth</c> section: bearer-token lifetime.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long a token from <c>POST /api/auth/token</c> stays valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
