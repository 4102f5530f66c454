using Media.Application.Users;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>A configured first-admin password must meet the password policy like any other; the silo does not start otherwise.</summary>
public sealed class BootstrapOptionsValidator : IValidateOptions<BootstrapOptions>
{
    public ValidateOptionsResult Validate(string? name, BootstrapOptions options) =>
        string.IsNullOrEmpty(options.AdminPassword) || PasswordPolicy.Validate(options.AdminPassword, AdminBootstrap.Username) is not { } weak
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Bootstrap:AdminPassword does not meet the password policy ({weak}): "
                + "at least 10 characters of three kinds (lower, upper, digits, others), not containing 'admin', not a common password.");
}
