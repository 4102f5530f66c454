using System.Security.Cryptography;
using Media.Abstractions.Users;

namespace Media.Grains.Users;

/// <summary>Creates the token-signing key once and keeps it in storage.</summary>
internal sealed class SigningKeyGrain(
    [PersistentState(StateNames.SigningKey, StateNames.Store)] IPersistentState<SigningKeyState> state)
    : Grain, ISigningKeyGrain
{
    public async Task<byte[]> GetAsync()
    {
        if (state.State.Key is null)
        {
            state.State.Key = RandomNumberGenerator.GetBytes(32);
            await state.WriteOrForgetAsync(this);
        }

        return state.State.Key;
    }
}
