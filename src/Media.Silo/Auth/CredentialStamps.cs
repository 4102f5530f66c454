using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Media.Abstractions.Users;
using Microsoft.AspNetCore.WebUtilities;

namespace Media.Silo.Auth;

/// <summary>
/// A stamp of each user's password and jurisdiction, carried in tokens and sign-in cookies: a password change, a reset
/// or an edit of role, region or unit makes every token and cookie issued before it invalid (their claims would grant
/// the old reach), and a disabled user has no current stamp at all. The current stamps are read from the user grains and kept for a few seconds, so a
/// request costs no grain call most of the time; the silo where the password changed forgets its copy at once, the
/// others within <see cref="Fresh"/>.
/// </summary>
// Kept by the wall clock, not Media's: how long a copy may be stale is a matter of seconds of real time, whatever date
// Media's rules are set to.
public sealed class CredentialStamps(IGrainFactory grains, TimeProvider wallClock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _known = new(StringComparer.Ordinal);

    /// <summary>The stamp of a password hash and jurisdiction: not the hash itself, which never leaves the user grain.</summary>
    public static string Of(UserRecord user) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"media-credential|{user.PasswordHash}|{user.Role}|{user.RegionCode}|{user.UnitCode}")))[..16];

    /// <summary>Whether <paramref name="stamp"/> is the user's current one (false for a user that no longer exists or is disabled).</summary>
    public async ValueTask<bool> IsCurrentAsync(string username, string? stamp)
    {
        if (stamp is null)
        {
            return false;
        }

        var now = wallClock.GetUtcNow();
        if (!_known.TryGetValue(username, out var known) || now - known.ReadAt > Fresh)
        {
            var user = await grains.GetGrain<IUserGrain>(username).GetAsync();
            known = (user is null || user.Disabled ? null : Of(user), now);
            _known[username] = known;
        }

        return known.Stamp == stamp;
    }

    /// <summary>Drops the kept stamp after a change made on this silo.</summary>
    public void Forget(string username) => _known.TryRemove(username, out _);
}
