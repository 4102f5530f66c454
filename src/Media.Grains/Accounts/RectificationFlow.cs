using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>
/// The rectification life cycle (SPEC §3.3, §3.5): a notice with a deadline makes a violation
/// <c>rectifying</c>; the unit answers; the supervisor resolves it or rejects the answer (back to the
/// unit); a notice still unresolved after its deadline day is <c>overdue</c>.
/// </summary>
internal static class RectificationFlow
{
    /// <summary>The violation after the step, with the step added to its history, or null when its state does not allow the step.</summary>
    public static ViolationRecord? Apply(ViolationRecord v, RectificationStep step, DateTimeOffset now) =>
        Step(v, step, now) is { Rectification: { } r } next
            ? next with { Rectification = r with { History = [.. v.Rectification?.History ?? [], Entry(step, now, r.Deadline)] } }
            : null;

    private static RectificationEntry Entry(RectificationStep step, DateTimeOffset now, DateOnly deadline) => step.Kind switch
    {
        RectificationStepKind.Notice => new("notice", now, step.Actor, step.Text, Deadline: deadline),
        RectificationStepKind.Response => new("answer", now, step.Actor, step.Text, step.EvidenceUrl),
        _ => new(step.Resolved == true ? "verification" : "rejection", now, step.Actor, step.Text),
    };

    private static ViolationRecord? Step(ViolationRecord v, RectificationStep step, DateTimeOffset now) => step.Kind switch
    {
        RectificationStepKind.Notice when v.Status is ViolationStatus.Open or ViolationStatus.Notified or ViolationStatus.Overdue =>
            v with
            {
                Status = ViolationStatus.Rectifying,
                Rectification = new Rectification(step.Deadline ?? RectificationDeadline.DefaultFrom(now), now, step.Actor,
                    step.Text, Rejections: v.Rectification?.Rejections ?? 0),
            },
        RectificationStepKind.Response when v.Status is ViolationStatus.Rectifying or ViolationStatus.Overdue && v.Rectification is { } r =>
            v with { Rectification = r with { ResponseText = step.Text, EvidenceUrl = step.EvidenceUrl, RespondedAt = now, RespondedBy = step.Actor } },
        RectificationStepKind.Verify when v.Status is ViolationStatus.Rectifying or ViolationStatus.Overdue
                                          && v.Rectification is { RespondedAt: not null } r =>
            step.Resolved == true
                ? v with
                {
                    Status = ViolationStatus.Resolved, ClosedAt = now, ClosedBy = step.Actor,
                    Rectification = r with { VerdictNote = step.Text, VerifiedAt = now, VerifiedBy = step.Actor },
                }
                : v with
                {
                    Rectification = r with
                    {
                        VerdictNote = step.Text, VerifiedAt = now, VerifiedBy = step.Actor, Rejections = r.Rejections + 1,
                        ResponseText = null, EvidenceUrl = null, RespondedAt = null, RespondedBy = null, RemindedAt = null,
                    },
                },
        _ => null,
    };

    /// <summary>True when a rectifying violation's notice has run out at <paramref name="at"/> (see <see cref="RectificationDeadline"/>).</summary>
    public static bool IsOverdue(ViolationRecord v, DateTimeOffset at) =>
        v.Status == ViolationStatus.Rectifying && v.Rectification is { } r && RectificationDeadline.IsOverdue(r.Deadline, r.RespondedAt, at);

    /// <summary>True when an unanswered notice is near its deadline and the unit has not been reminded in this round.</summary>
    public static bool IsReminderDue(ViolationRecord v, DateTimeOffset at) =>
        v.Status == ViolationStatus.Rectifying && v.Rectification is { RemindedAt: null } r
        && RectificationDeadline.IsReminderDue(r.Deadline, r.RoundBegan, r.RespondedAt, at);

    /// <summary>The violation with the reminder recorded, in its fields and its history.</summary>
    public static ViolationRecord Remind(ViolationRecord v, DateTimeOffset at, string by) => v.Rectification is { } r
        ? v with
        {
            Rectification = r with
            {
                RemindedAt = at,
                History = [.. r.History ?? [], new RectificationEntry("reminder", at, by, null, Deadline: r.Deadline)],
            },
        }
        : v;
}
