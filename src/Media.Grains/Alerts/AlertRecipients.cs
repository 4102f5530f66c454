using Media.Abstractions.Alerts;
using Media.Abstractions.Units;
using Media.Domain.Alerts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Grains.Alerts;

/// <summary>Who is mailed at once about an alert (SPEC §3.2).</summary>
internal static class AlertRecipients
{
    /// <summary>The supervising office of the alert's account (one level up for an escalation).</summary>
    public static string OfficeOf(AlertEvent alert, UnitRecord? unit)
    {
        var region = RegionCode.Parse(unit?.RegionCode ?? alert.RegionCode);
        return AlertRouting.OfficeFor(region, unit?.Level, unit?.Kind, alert.Kind == AlertKind.Escalation).Value;
    }

    /// <summary>
    /// Whether the office hears of the alert at once (by mail to its supervisors, and through its group robots). Each
    /// rectification step goes to the other side (SPEC §3.5): notices, reminders and rejections to the unit, answers to
    /// the office; a warning goes to the unit only.
    /// </summary>
    public static bool TellsOffice(AlertEvent alert) =>
        alert.Immediate && MonitoringRules.KindOf(alert.Rule) != RuleKind.Warning
        && alert.Kind is not (AlertKind.Notice or AlertKind.Rejection or AlertKind.Reminder);

    /// <summary>
    /// The office's supervisors who want immediate mail, and for the account's own alerts also its
    /// responsible person and the unit's users who want it; one mail per address. A warning goes to the
    /// unit's side only: it is the unit that must act before the veto, and supervisors see it in the digest.
    /// </summary>
    public static IReadOnlyList<MailRecipient> Immediate(AlertEvent alert, IEnumerable<UserContact> supervisors,
        IEnumerable<UserContact> unitUsers)
    {
        if (!alert.Immediate)
        {
            return [];
        }

        var toOffice = TellsOffice(alert);
        var people = supervisors.Where(s => s.Immediate && toOffice).Select(s => new MailRecipient(s.DisplayName, s.Email)).ToList();
        if (alert.Kind is not (AlertKind.Escalation or AlertKind.Answer))
        {
            people.Add(new MailRecipient(alert.Responsible.Name, alert.Responsible.Email));
            people.AddRange(unitUsers.Where(u => u.Immediate).Select(u => new MailRecipient(u.DisplayName, u.Email)));
        }

        return [.. people.Where(p => MailAddressRules.IsUsable(p.Email))
            .DistinctBy(p => p.Email.Trim().ToLowerInvariant())];
    }
}
