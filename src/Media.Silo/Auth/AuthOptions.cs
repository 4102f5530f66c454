namespace Media.Silo.Auth;

/// <summary>The <c>Auth</c> section: bearer-token lifetime, the lockout after wrong passwords, the sign-in rate limit.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long a token from <c>POST /api/auth/token</c> stays valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary><c>Auth:Lockout</c>: wrong passwords in a row that lock a user, and for how long.</summary>
    public LockoutOptions Lockout { get; set; } = new();

    /// <summary><c>Auth:SignInRateLimit</c>: sign-in attempts one client address may make per window.</summary>
    public SignInRateLimitOptions SignInRateLimit { get; set; } = new();

    public sealed class LockoutOptions
    {
        public int Failures { get; set; } = 5;

        public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
    }

    public sealed class SignInRateLimitOptions
    {
        public int PermitLimit { get; set; } = 20;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }
}
