using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Accounts;

/// <summary>One government new-media account, keyed <c>{platform}:{handle}</c> (see AccountKey).</summary>
public interface IAccountGrain : IMonitoredAccount
{
    /// <summary>Files the opening; persisted, indexed and audited before it returns.</summary>
    Task<FilingOutcome> OpenAsync(OpenAccountCommand command);

    /// <summary>Files a change, closure or cancellation of an existing account.</summary>
    Task<FilingOutcome> FileAsync(LifecycleCommand command);

    /// <summary>The filing record, or null when the account was never filed.</summary>
    Task<AccountSnapshot?> GetAsync();

    /// <summary>
    /// Records a supervisor's discovery of the unfiled account and opens its <c>filing-missing</c> violation; a second
    /// discovery returns the first unchanged, and a filed account is not discovered.
    /// </summary>
    Task<DiscoveryOutcome> DiscoverAsync(DiscoverAccountCommand command);

    /// <summary>The discovery of the account, or null when nobody discovered it.</summary>
    Task<DiscoveryRecord?> GetDiscoveryAsync();

    /// <summary>
    /// Finishes a filing a crash interrupted: when the state holds it, writes its index line and its audit row (once);
    /// when it does not, forgets the intent. Called at start for each intent left in the store.
    /// </summary>
    Task FinishFilingAsync(FilingIntent intent);
}
