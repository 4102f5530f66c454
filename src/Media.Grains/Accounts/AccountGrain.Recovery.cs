using Media.Abstractions;
using Media.Abstractions.Audit;
using Media.Abstractions.Units;

namespace Media.Grains.Accounts;

/// <summary>Finishing a filing that a killed process left between its state write and its audit row.</summary>
internal sealed partial class AccountGrain
{
    public async Task FinishFilingAsync(FilingIntent intent)
    {
        if (!HoldsFiling(intent))
        {
            // The process stopped before the state was written: the filing was never stored nor acknowledged.
            await intents.DropAsync(intent);
            return;
        }

        // The state is stored, so the filing happened: its unit, its index line and its audit row follow it, as they
        // would have before the answer. Every step is idempotent, so finishing twice (two silos starting) does no harm.
        var record = state.State.Record!;
        var unit = GrainFactory.Ref<IUnitGrain>(record.UnitCode);
        var now = clock.GetUtcNow();
        if (intent.Ordinal == 1)
        {
            await unit.RegisterAccountAsync(Id, record.Platform);
            try
            {
                await PublishAsync(Monitor(), now);
            }
            finally
            {
                await unit.SettleAccountAsync(Id);
            }
        }
        else
        {
            await unit.SetAccountStatusAsync(Id, record.Status);
            await PublishAsync(Monitor(), now);
        }

        await intents.CompleteAsync(intent);
    }

    // The filing is in the state when the entry at its place was filed at its time (a retry of a failed filing files anew).
    private bool HoldsFiling(FilingIntent intent) =>
        state.State.Record is { } record
        && record.Filings.Length >= intent.Ordinal
        && record.Filings[intent.Ordinal - 1].FiledAt == intent.FiledAt;
}
