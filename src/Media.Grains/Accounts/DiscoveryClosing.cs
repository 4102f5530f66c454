using System.Globalization;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Filing;
using Media.Domain.Time;

namespace Media.Grains.Accounts;

/// <summary>How the filing of a discovered account ends its <c>filing-missing</c> violation (SPEC §3.3: it closes when the unit files).</summary>
internal static class DiscoveryClosing
{
    /// <summary>The history step a filing adds to a violation that had a rectification notice.</summary>
    public const string Step = "filing";

    /// <summary>
    /// Resolves the active <c>filing-missing</c> violation, by whoever filed, with the filing in its evidence and (after a
    /// notice) in its rectification history; null when none is active.
    /// </summary>
    public static ViolationRecord? Close(ViolationBook book, AccountSnapshot record, string actor, DateTimeOffset at)
    {
        if (book.Active(RuleIds.FilingMissing) is not { } open)
        {
            return null;
        }

        var when = BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = $"{when}（北京时间）由{actor}为主办单位{record.UnitCode}备案，未备案问题随备案关闭";
        var closed = open with
        {
            Status = ViolationStatus.Resolved,
            ClosedAt = at,
            ClosedBy = actor,
            Evidence = $"{open.Evidence}\n{text}",
            Rectification = open.Rectification is { } r
                ? r with { History = [.. r.History ?? [], new RectificationEntry(Step, at, actor, text)] }
                : null,
        };
        book.Replace(open, closed);
        return closed;
    }
}
