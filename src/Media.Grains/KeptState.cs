namespace Media.Grains;

/// <summary>
/// A grain never keeps state that did not reach storage. Grains change their state in memory and then write it;
/// when the write fails (disk full, read-only store, a lost database), the memory would otherwise answer as if it
/// had been written ("ghost" records that vanish at the next restart, and 409s for a retry that should file).
/// </summary>
internal static class KeptState
{
    /// <summary>
    /// Writes the state; if that fails, puts back what storage holds (or, if storage cannot be read either, drops the
    /// activation so the next call reads it afresh) and rethrows, so the caller answers an error and a retry starts clean.
    /// </summary>
    public static async Task WriteOrForgetAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            try
            {
                await state.ReadStateAsync();
            }
            catch (Exception)
            {
                // Storage cannot be read either: the deactivation below makes the next call load the state again.
            }

            grain.DeactivateOnIdle();
            throw;
        }
    }
}
