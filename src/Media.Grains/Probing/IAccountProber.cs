using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Grains.Probing;

/// <summary>Reads an account's public page or feed; the host implements it with the guarded fetcher.</summary>
public interface IAccountProber
{
    /// <summary>What the probe found, or null when the account has nothing to probe.</summary>
    Task<ProbeReport?> ProbeAsync(AccountSnapshot account, CancellationToken cancellationToken);
}
