using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>Reports every problem of the <c>Auth</c> section at once, so a start fails with one clear list.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.TokenLifetime <= TimeSpan.Zero || options.TokenLifetime > TimeSpan.FromDays(30))
        {
            failures.Add("Auth:TokenLifetime must be more than zero and at most 30 days.");
        }

        if (options.Lockout.Failures is < 1 or > 100)
        {
            failures.Add("Auth:Lockout:Failures must be between 1 and 100.");
        }

        if (options.Lockout.Duration <= TimeSpan.Zero || options.Lockout.Duration > TimeSpan.FromDays(1))
        {
            failures.Add("Auth:Lockout:Duration must be more than zero and at most one day.");
        }

        if (options.SignInRateLimit.PermitLimit < 1)
        {
            failures.Add("Auth:SignInRateLimit:PermitLimit must be at least 1.");
        }

        if (options.SignInRateLimit.Window <= TimeSpan.Zero || options.SignInRateLimit.Window > TimeSpan.FromHours(1))
        {
            failures.Add("Auth:SignInRateLimit:Window must be more than zero and at most one hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
