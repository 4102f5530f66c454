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
}
