using Media.Abstractions.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Grains.Accounts;

/// <summary>A sheet's import run (<see cref="IImportGrain"/>): two small state writes per import, at its start and its end.</summary>
internal sealed class ImportGrain(
    [PersistentState(StateNames.Import, StateNames.Store)] IPersistentState<ImportState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : Grain, IImportGrain
{
    public Task<ImportRun?> GetAsync() => Task.FromResult(state.State.Run);

    public async Task<ImportRun> BeginAsync(string actor)
    {
        if (state.State.Run is { FinishedAt: null } begun)
        {
            return begun;
        }

        state.State.Run = new ImportRun(actor, clock.GetUtcNow(), null);
        await state.WriteOrForgetAsync(this);
        return state.State.Run;
    }

    public async Task FinishAsync()
    {
        if (state.State.Run is { FinishedAt: null } run)
        {
            state.State.Run = run with { FinishedAt = clock.GetUtcNow() };
            await state.WriteOrForgetAsync(this);
        }
    }
}
