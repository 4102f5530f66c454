using Media.Abstractions.Audit;

namespace Media.Abstractions.Storage;

/// <summary>
/// Filings begun and not yet finished (<see cref="FilingIntent"/>). A filing writes three things in turn (the account's
/// state, its region index line, its audit row) and a killed process can stop it between any two; the intent, stored
/// before the first, is what lets the next start finish it. Finishing replaces the intent with its audit row in one
/// transaction, so an audit row is added exactly once however often a filing is finished.
/// </summary>
public interface IFilingIntents
{
    /// <summary>Stores the intent (replacing one of the same account and ordinal); durable when the task completes.</summary>
    Task RecordAsync(FilingIntent intent);

    /// <summary>Adds the intent's audit row and removes the intent, atomically; nothing when the intent is gone already.</summary>
    Task CompleteAsync(FilingIntent intent);

    /// <summary>Removes the intent without an audit row: its filing never reached the account's state.</summary>
    Task DropAsync(FilingIntent intent);

    /// <summary>Up to <paramref name="take"/> intents after (<paramref name="afterAccount"/>, <paramref name="afterOrdinal"/>) in key order.</summary>
    Task<IReadOnlyList<FilingIntent>> ReadAsync(string afterAccount, int afterOrdinal, int take);
}
