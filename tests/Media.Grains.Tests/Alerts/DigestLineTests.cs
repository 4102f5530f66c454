using Media.Abstractions.Alerts;
using Media.Abstractions.Monitoring;
using Media.Grains.Alerts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Alerts;

/// <summary>The daily digest's lines: one per violation, its latest alert of the day, its status now.</summary>
public sealed class DigestLineTests
{
    [Fact]
    public void A_hit_suspected_then_confirmed_the_same_day_is_one_line_showing_the_confirmation()
    {
        var suspected = Alert("wechat:a~1", "wechat:a~1", AlertKind.Violation, hour: 9);
        var confirmed = Alert("wechat:a~1/confirmed", "wechat:a~1", AlertKind.Confirmed, hour: 11);
        var other = Alert("weibo:b~1", "weibo:b~1", AlertKind.Violation, hour: 10);

        var lines = DigestLine.Collect([confirmed, other, suspected],
            v => v == "wechat:a~1" ? ViolationStatus.Notified : ViolationStatus.Open);

        Assert.Equal(["wechat:a~1", "weibo:b~1"], lines.Select(l => l.Alert.ViolationId));
        Assert.Equal(AlertKind.Confirmed, lines[0].Alert.Kind);
        Assert.Equal(ViolationStatus.Notified, lines[0].Status);
    }

    [Fact]
    public void A_dismissed_hit_carries_its_dismissal_and_a_violation_no_longer_held_carries_no_status()
    {
        var lines = DigestLine.Collect([Alert("wechat:a~1", "wechat:a~1", AlertKind.Violation, hour: 9)], _ => ViolationStatus.Dismissed);
        var gone = DigestLine.Collect([Alert("wechat:a~2", "wechat:a~2", AlertKind.Violation, hour: 9)], _ => null);

        Assert.Equal(ViolationStatus.Dismissed, Assert.Single(lines).Status);
        Assert.Null(Assert.Single(gone).Status);
    }

    private static AlertEvent Alert(string id, string violationId, AlertKind kind, int hour) =>
        new(id, kind, violationId, "improper-content", Beijing(2026, 11, 26, 8), "证据", violationId.Split('~')[0], "账号",
            "wechat", null, "U1", "440104", Responsible, Beijing(2026, 11, 26, hour), Immediate: kind != AlertKind.Violation);
}
