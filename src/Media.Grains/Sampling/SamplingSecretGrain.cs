using System.Security.Cryptography;
using Media.Abstractions.Sampling;

namespace Media.Grains.Sampling;

/// <summary>Creates the sampling-seed secret once and keeps it in storage.</summary>
internal sealed class SamplingSecretGrain(
    [PersistentState(StateNames.SamplingSecret, StateNames.Store)] IPersistentState<SamplingSecretState> state)
    : Grain, ISamplingSecretGrain
{
    public async Task<byte[]> GetAsync()
    {
        if (state.State.Secret is null)
        {
            state.State.Secret = RandomNumberGenerator.GetBytes(32);
            await state.WriteOrForgetAsync(this);
        }

        return state.State.Secret;
    }
}
