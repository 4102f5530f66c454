using Media.Abstractions.Alerts;
using Media.Abstractions.Index;

namespace Media.Grains.Alerts;

/// <summary>Someone a mail goes to.</summary>
public sealed record MailRecipient(string Name, string Email);

/// <summary>
/// The unit behind an alert (<paramref name="UnitName"/> null when no unit of that code is known any more) and the region
/// code of the office that supervises it.
/// </summary>
public sealed record AlertContext(string UnitCode, string? UnitName, string Office);

/// <summary>Turns alerts, digests and summaries into finished MIME messages with a stable Message-ID.</summary>
public interface IMailComposer
{
    OutgoingMail Alert(AlertEvent alert, MailRecipient recipient, AlertContext context);

    /// <summary>The day's violations of the recipient's office, one line each with its current status.</summary>
    OutgoingMail Digest(UserContact recipient, DateOnly day, IReadOnlyList<DigestLine> lines, UnitNameBook units);

    /// <summary>The administrators' list of the accounts that became gaps on <paramref name="day"/> (SPEC §3.3 collector health).</summary>
    OutgoingMail GapDigest(UserContact recipient, DateOnly day, IReadOnlyList<IndexEntry> gaps, UnitNameBook units);

    OutgoingMail WeeklySummary(UserContact recipient, DateOnly monday, WeekFacts facts, UnitNameBook units);

    /// <summary>The quarter's sampling inspection is due (每季度抽查); <paramref name="recheck"/> previous failures await re-check.</summary>
    OutgoingMail SamplingReminder(UserContact recipient, string quarter, int recheck);
}
