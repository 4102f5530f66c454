using Media.Abstractions.Monitoring;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>Notice, answer and verdict (SPEC §3.5), in and out of order, and when a notice runs out.</summary>
public sealed class RectificationFlowTests
{
    private static readonly DateTimeOffset Now = Beijing(2026, 11, 20, 23, 30);

    [Fact]
    public void A_notice_without_a_deadline_gives_ten_days_from_today_in_Beijing()
    {
        // 23:30 Beijing is still 15:30 UTC of the same day; the deadline counts from the Beijing date.
        var noticed = RectificationFlow.Apply(Violation(ViolationStatus.Notified),
            new RectificationStep(RectificationStepKind.Notice, "supervisor", Text: "请整改"), Now);

        Assert.NotNull(noticed);
        Assert.Equal(ViolationStatus.Rectifying, noticed.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), noticed.Rectification!.Deadline);
        Assert.Equal(("supervisor", "请整改", Now), (noticed.Rectification.NoticedBy, noticed.Rectification.NoticeText, noticed.Rectification.NoticedAt));
    }

    [Fact]
    public void Every_step_stays_in_the_history_after_a_rejection()
    {
        RectificationStep[] steps =
        [
            new(RectificationStepKind.Notice, "sup", new DateOnly(2026, 12, 3), "请整改"),
            new(RectificationStepKind.Response, "unit", Text: "已更新", EvidenceUrl: "https://weibo.com/1"),
            new(RectificationStepKind.Verify, "sup", Text: "仍未更新", Resolved: false),
            new(RectificationStepKind.Response, "unit", Text: "已连续更新"),
            new(RectificationStepKind.Verify, "sup", Text: "核验通过", Resolved: true),
        ];
        var v = Violation(ViolationStatus.Open);
        foreach (var step in steps)
        {
            v = RectificationFlow.Apply(v, step, Now)!;
        }

        var history = v.Rectification!.History!;
        Assert.Equal(["notice", "answer", "rejection", "answer", "verification"], history.Select(h => h.Step));
        Assert.Equal(("unit", "已更新", "https://weibo.com/1"), (history[1].By, history[1].Text, history[1].EvidenceUrl));
        Assert.Equal("仍未更新", history[2].Text);
        Assert.Equal(new DateOnly(2026, 12, 3), history[0].Deadline);
    }

    [Fact]
    public void A_notice_keeps_the_deadline_the_supervisor_chose()
    {
        var noticed = RectificationFlow.Apply(Violation(ViolationStatus.Open),
            new RectificationStep(RectificationStepKind.Notice, "supervisor", new DateOnly(2026, 12, 3)), Now);

        Assert.Equal(new DateOnly(2026, 12, 3), noticed!.Rectification!.Deadline);
    }

    [Theory]
    [InlineData(ViolationStatus.Suspected)]
    [InlineData(ViolationStatus.Rectifying)]
    [InlineData(ViolationStatus.Resolved)]
    [InlineData(ViolationStatus.Dismissed)]
    public void A_notice_is_refused_unless_the_violation_is_open_notified_or_overdue(ViolationStatus status) =>
        Assert.Null(RectificationFlow.Apply(Violation(status, rectification: status == ViolationStatus.Rectifying ? Notice() : null),
            new RectificationStep(RectificationStepKind.Notice, "supervisor"), Now));

    [Fact]
    public void An_answer_or_a_verdict_before_the_notice_is_refused()
    {
        var open = Violation(ViolationStatus.Open);

        Assert.Null(RectificationFlow.Apply(open, new RectificationStep(RectificationStepKind.Response, "unit", Text: "已改"), Now));
        Assert.Null(RectificationFlow.Apply(open, new RectificationStep(RectificationStepKind.Verify, "supervisor", Resolved: true), Now));
    }

    [Fact]
    public void A_verdict_before_the_answer_is_refused()
    {
        var rectifying = Violation(ViolationStatus.Rectifying, rectification: Notice());

        Assert.Null(RectificationFlow.Apply(rectifying, new RectificationStep(RectificationStepKind.Verify, "supervisor", Resolved: true), Now));
    }

    [Fact]
    public void Notice_answer_and_approval_in_order_resolve_the_violation()
    {
        var v = Violation(ViolationStatus.Open);
        v = RectificationFlow.Apply(v, new RectificationStep(RectificationStepKind.Notice, "supervisor"), Now)!;
        v = RectificationFlow.Apply(v, new RectificationStep(RectificationStepKind.Response, "unit", Text: "已恢复更新",
            EvidenceUrl: "https://weibo.example.cn/gz/1"), Now + TimeSpan.FromDays(1))!;
        v = RectificationFlow.Apply(v, new RectificationStep(RectificationStepKind.Verify, "supervisor", Text: "属实", Resolved: true),
            Now + TimeSpan.FromDays(2))!;

        Assert.Equal(ViolationStatus.Resolved, v.Status);
        Assert.Equal((Now + TimeSpan.FromDays(2), "supervisor"), (v.ClosedAt, v.ClosedBy));
        Assert.Equal(("已恢复更新", "https://weibo.example.cn/gz/1", "属实"), (v.Rectification!.ResponseText, v.Rectification.EvidenceUrl, v.Rectification.VerdictNote));
    }

    [Fact]
    public void A_rejected_answer_goes_back_to_the_unit_and_is_counted()
    {
        var answered = Violation(ViolationStatus.Rectifying, rectification: Notice() with { ResponseText = "已改", RespondedAt = Now, RespondedBy = "unit" });

        var rejected = RectificationFlow.Apply(answered,
            new RectificationStep(RectificationStepKind.Verify, "supervisor", Text: "未见更新", Resolved: false), Now)!;

        Assert.Equal(ViolationStatus.Rectifying, rejected.Status);
        Assert.Equal(1, rejected.Rectification!.Rejections);
        Assert.Null(rejected.Rectification.RespondedAt);
        Assert.Null(rejected.Rectification.ResponseText);
        Assert.Equal("未见更新", rejected.Rectification.VerdictNote);

        // The unit must answer again before the next verdict.
        Assert.Null(RectificationFlow.Apply(rejected, new RectificationStep(RectificationStepKind.Verify, "supervisor", Resolved: true), Now));
    }

    [Fact]
    public void A_second_notice_after_the_deadline_ran_out_keeps_the_count_of_rejections()
    {
        var overdue = Violation(ViolationStatus.Overdue, rectification: Notice() with { Rejections = 2 });

        var again = RectificationFlow.Apply(overdue, new RectificationStep(RectificationStepKind.Notice, "supervisor", new DateOnly(2026, 12, 10)), Now)!;

        Assert.Equal(ViolationStatus.Rectifying, again.Status);
        Assert.Equal(2, again.Rectification!.Rejections);
        Assert.Equal(new DateOnly(2026, 12, 10), again.Rectification.Deadline);
    }

    [Fact]
    public void An_unanswered_notice_is_overdue_from_midnight_Beijing_after_its_deadline_day()
    {
        var rectifying = Violation(ViolationStatus.Rectifying, rectification: Notice());

        Assert.False(RectificationFlow.IsOverdue(rectifying, Beijing(2026, 11, 20, 23, 59)));
        Assert.True(RectificationFlow.IsOverdue(rectifying, Beijing(2026, 11, 21)));
        Assert.False(RectificationFlow.IsOverdue(rectifying with { Status = ViolationStatus.Resolved }, Beijing(2026, 11, 21)));
    }

    [Fact]
    public void A_notice_answered_in_time_is_never_overdue_while_it_awaits_the_verdict()
    {
        // SPEC §3.5: "A notice answered in time but not yet verified is never overdue."
        var answered = Violation(ViolationStatus.Rectifying,
            rectification: Notice() with { ResponseText = "已改", RespondedAt = Beijing(2026, 11, 20, 23, 59), RespondedBy = "unit" });

        Assert.False(RectificationFlow.IsOverdue(answered, Beijing(2026, 11, 25)));
    }

    [Fact]
    public void An_answer_given_after_the_deadline_day_does_not_keep_the_notice_from_being_overdue()
    {
        var late = Violation(ViolationStatus.Rectifying,
            rectification: Notice() with { ResponseText = "已改", RespondedAt = Beijing(2026, 11, 21), RespondedBy = "unit" });

        Assert.True(RectificationFlow.IsOverdue(late, Beijing(2026, 11, 21, 2)));
    }

    // The notice every test starts from: deadline 2026-11-20 (Beijing).
    private static Rectification Notice() => new(new DateOnly(2026, 11, 20), Beijing(2026, 11, 10), "supervisor", "请整改");

    [Fact]
    public void A_reminder_is_due_once_per_round_and_a_rejection_starts_a_new_round()
    {
        var noticedOn = Beijing(2026, 11, 20, 10, 0);
        var v = RectificationFlow.Apply(Violation(ViolationStatus.Open),
            new RectificationStep(RectificationStepKind.Notice, "sup", new DateOnly(2026, 11, 30), "请整改"), noticedOn)!;
        var twoDaysBefore = Beijing(2026, 11, 28, 2, 0);

        Assert.False(RectificationFlow.IsReminderDue(v, Beijing(2026, 11, 27, 2, 0)));
        Assert.True(RectificationFlow.IsReminderDue(v, twoDaysBefore));
        var reminded = RectificationFlow.Remind(v, twoDaysBefore, "system");
        Assert.False(RectificationFlow.IsReminderDue(reminded, Beijing(2026, 11, 29, 2, 0)));
        Assert.Equal(["notice", "reminder"], reminded.Rectification!.History!.Select(h => h.Step));

        // A rejection clears the reminder; its round is reminded again if it began before the reminder day.
        var rejectedLate = Reject(Answer(reminded, Beijing(2026, 11, 28, 3, 0)), Beijing(2026, 11, 28, 9, 0));
        Assert.Null(rejectedLate.Rectification!.RemindedAt);
        Assert.False(RectificationFlow.IsReminderDue(rejectedLate, Beijing(2026, 11, 29, 2, 0)));
        var rejectedEarly = Reject(Answer(v, Beijing(2026, 11, 22, 9, 0)), Beijing(2026, 11, 23, 9, 0));
        Assert.True(RectificationFlow.IsReminderDue(rejectedEarly, Beijing(2026, 11, 29, 2, 0)));
    }

    private static ViolationRecord Answer(ViolationRecord v, DateTimeOffset at) =>
        RectificationFlow.Apply(v, new RectificationStep(RectificationStepKind.Response, "unit", Text: "已更新"), at)!;

    private static ViolationRecord Reject(ViolationRecord v, DateTimeOffset at) =>
        RectificationFlow.Apply(v, new RectificationStep(RectificationStepKind.Verify, "sup", Text: "仍未更新", Resolved: false), at)!;
}
