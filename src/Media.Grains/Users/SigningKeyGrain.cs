using System.Collections.Immutable;
using System.Security.Cryptography;
using Media.Abstractions.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Grains.Users;

/// <summary>Creates the token-signing keys, rotates them and keeps the ring in storage.</summary>
internal sealed class SigningKeyGrain(
    [PersistentState(StateNames.SigningKey, StateNames.Store)] IPersistentState<SigningKeyState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : Grain, ISigningKeyGrain
{
    public async Task<ImmutableArray<SigningKey>> GetRingAsync()
    {
        if (state.State.Ring.Count == 0)
        {
            await AddKeyAsync(state.State.Ring);
        }

        return [.. state.State.Ring];
    }

    public async Task<ImmutableArray<SigningKey>> RotateAsync(TimeSpan keepFor)
    {
        var now = clock.GetUtcNow();
        var ring = state.State.Ring;
        // A key retires when the next one is made; its tokens live at most keepFor after that.
        var kept = ring.Where((key, i) => i == ring.Count - 1 || ring[i + 1].CreatedAt + keepFor > now).ToList();
        await AddKeyAsync(kept);
        return [.. state.State.Ring];
    }

    private async Task AddKeyAsync(List<SigningKey> ring)
    {
        ring.Add(new SigningKey(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), RandomNumberGenerator.GetBytes(32),
            clock.GetUtcNow()));
        state.State.Ring = ring;
        state.State.Key = null;
        await state.WriteOrForgetAsync(this);
    }
}
