using System.Security.Cryptography;
using Media.Abstractions.Users;
using Media.Application.Users;
using Microsoft.AspNetCore.Identity;

namespace Media.Silo.Auth;

/// <summary>
/// ASP.NET Core's PasswordHasher (PBKDF2) applied to Media's user records. Checking a password is deliberately slow, so
/// checks wait their turn at a gate of half the processors: a flood of sign-ins queues there (and meets the rate limit)
/// instead of taking every core from the other requests. A check for no user costs the same as one for a real user: it
/// runs against a hash of a random password made with the same parameters, so the time of a wrong answer does not tell
/// whether the username exists.
/// </summary>
public sealed class PasswordHashing : IPasswordHashing, IDisposable
{
    private readonly PasswordHasher<UserRecord> _hasher = new();
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount / 2));
    private readonly string _nobody;

    public PasswordHashing()
    {
        _nobody = _hasher.HashPassword(Placeholder(""), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public string Hash(string username, string password) => _hasher.HashPassword(Placeholder(username), password);

    /// <summary>Whether <paramref name="password"/> is <paramref name="user"/>'s; for no user, as slow, and false.</summary>
    public async Task<bool> VerifyAsync(UserRecord? user, string password, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var verified = _hasher.VerifyHashedPassword(user ?? Placeholder(""), user?.PasswordHash ?? _nobody, password);
            return user is not null && verified != PasswordVerificationResult.Failed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // The hasher ignores the user object; it is there for hashers that salt per user.
    private static UserRecord Placeholder(string username) =>
        new(username, "", "", null, null, "", "", DateTimeOffset.UnixEpoch);
}
