using Media.Abstractions.Users;
using Media.Application.Users;
using Microsoft.AspNetCore.Identity;

namespace Media.Silo.Auth;

/// <summary>ASP.NET Core's PasswordHasher (PBKDF2) applied to Media's user records.</summary>
public sealed class PasswordHashing : IPasswordHashing
{
    private readonly PasswordHasher<UserRecord> _hasher = new();

    public string Hash(string username, string password) => _hasher.HashPassword(Placeholder(username), password);

    public bool Verify(UserRecord user, string password) =>
        _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    // The hasher ignores the user object; it is there for hashers that salt per user.
    private static UserRecord Placeholder(string username) =>
        new(username, "", "", null, null, "", "", DateTimeOffset.UnixEpoch);
}
