using System.Collections.Immutable;
using Media.Abstractions.Users;
using Media.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Media.Silo.Auth;

/// <summary>
/// This silo's copy of the token-signing key ring (<see cref="ISigningKeyGrain"/>). It is read again after
/// <see cref="Fresh"/>, so a rotation on another silo reaches this one's new tokens within that; a token naming a key this
/// copy lacks makes it read the ring at once, but at most every <see cref="Retry"/>, so made-up key ids cannot turn every
/// request into a grain call.
/// </summary>
public sealed class SigningKeyRing(IGrainFactory grains, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, IOptions<AuthOptions> options)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private sealed record Copy(ImmutableArray<SigningKey> Ring, ImmutableDictionary<string, SymmetricSecurityKey> Keys, DateTimeOffset ReadAt);

    private Copy? _copy;

    /// <summary>The key new tokens are signed with.</summary>
    public async Task<SymmetricSecurityKey> CurrentAsync()
    {
        var copy = await FreshAsync();
        return copy.Keys[copy.Ring[^1].Kid];
    }

    /// <summary>Reads the ring again when it is stale, or when <paramref name="kid"/> is not in it (see <see cref="Retry"/>).</summary>
    public async Task PrepareAsync(string? kid)
    {
        var copy = await FreshAsync();
        if (kid is not null && !copy.Keys.ContainsKey(kid) && clock.GetUtcNow() - copy.ReadAt > Retry)
        {
            await ReadAsync();
        }
    }

    /// <summary>The key named <paramref name="kid"/>, if the ring holds it; none otherwise.</summary>
    public IEnumerable<SecurityKey> KeysFor(string? kid) =>
        kid is not null && _copy?.Keys.GetValueOrDefault(kid) is { } key ? [key] : [];

    /// <summary>Makes a new current key (keeping earlier ones while their tokens may live) and uses it at once.</summary>
    public async Task<SigningKey> RotateAsync()
    {
        var ring = await grains.GetGrain<ISigningKeyGrain>(0).RotateAsync(options.Value.TokenLifetime);
        Keep(ring);
        return ring[^1];
    }

    private async Task<Copy> FreshAsync() =>
        _copy is { } copy && clock.GetUtcNow() - copy.ReadAt <= Fresh ? copy : await ReadAsync();

    private async Task<Copy> ReadAsync() => Keep(await grains.GetGrain<ISigningKeyGrain>(0).GetRingAsync());

    private Copy Keep(ImmutableArray<SigningKey> ring)
    {
        var copy = new Copy(ring, ring.ToImmutableDictionary(k => k.Kid, k => new SymmetricSecurityKey(k.Key) { KeyId = k.Kid }, StringComparer.Ordinal),
            clock.GetUtcNow());
        _copy = copy;
        return copy;
    }
}
