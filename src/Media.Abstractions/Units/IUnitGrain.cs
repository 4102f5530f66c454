using System.Collections.Immutable;
using Media.Abstractions.Accounts;

namespace Media.Abstractions.Units;

/// <summary>A unit keyed by its unified social credit code; it knows the accounts it opened.</summary>
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>Creates the unit; false when it exists already (nothing changes then).</summary>
    Task<bool> CreateAsync(UnitRecord unit);

    /// <summary>The unit, or null when it was never created.</summary>
    Task<UnitRecord?> GetAsync();

    /// <summary>The unit's accounts in account-id order.</summary>
    Task<ImmutableArray<UnitAccountEntry>> GetAccountsAsync();

    /// <summary>
    /// Records an account as the unit's (idempotent) and returns how many other active accounts the unit
    /// has on the same platform. The unit grain serialises registrations, so two filings racing for the
    /// same platform cannot both see zero. The caller must follow with <see cref="SettleAccountAsync"/> once the
    /// account's index line is written (or its filing has failed).
    /// </summary>
    Task<int> RegisterAccountAsync(string accountId, string platform);

    /// <summary>
    /// <see cref="GetAsync"/> and, when the unit exists, <see cref="RegisterAccountAsync"/>, in one call: an opening needs
    /// both, and in a cluster the unit is usually on another silo. The caller settles as after a registration.
    /// </summary>
    Task<UnitReservation> ReserveAccountAsync(string accountId, string platform);

    /// <summary>
    /// The filing that registered the account is over: its line is in the region index, or it failed. A unit
    /// reads its accounts from the index when it wakes, so it stays in memory while any registration is unsettled.
    /// </summary>
    Task SettleAccountAsync(string accountId, bool filed = true);

    /// <summary>Keeps the unit's view of an account's status current after a closure or cancellation.</summary>
    Task SetAccountStatusAsync(string accountId, AccountStatus status);
}
