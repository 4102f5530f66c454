using Media.Abstractions.Accounts;
using Media.Abstractions.Alerts;
using Media.Abstractions.Units;
using Media.Grains.Alerts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Alerts;

/// <summary>Which office hears about an alert, and who of its people is mailed at once (SPEC §3.2).</summary>
public sealed class AlertRecipientsTests
{
    [Theory]
    [InlineData("province", "department", "440000", "440000")]
    [InlineData("city", "government", "440100", "440000")]
    [InlineData("city", "department", "440300", "440300")]
    [InlineData("county", "government", "440104", "440100")]
    [InlineData("county", "department", "440104", "440104")]
    [InlineData("township", "government", "440104", "440104")]
    public void A_violation_goes_to_the_office_that_supervises_the_unit(string level, string kind, string region, string office) =>
        Assert.Equal(office, AlertRecipients.OfficeOf(Alert(AlertKind.Violation), Unit(level, kind, region)));

    [Theory]
    [InlineData("county", "government", "440104", "440000")]
    [InlineData("city", "department", "440300", "440000")]
    [InlineData("province", "department", "440000", "440000")]
    [InlineData("county", "department", "440104", "440100")]
    public void An_escalation_goes_one_level_above_the_supervising_office_and_stops_at_the_province(
        string level, string kind, string region, string office) =>
        Assert.Equal(office, AlertRecipients.OfficeOf(Alert(AlertKind.Escalation), Unit(level, kind, region)));

    [Fact]
    public void Without_a_readable_unit_the_city_of_the_accounts_region_is_told()
    {
        Assert.Equal("440100", AlertRecipients.OfficeOf(Alert(AlertKind.Violation, region: "440104"), unit: null));
        Assert.Equal("440000", AlertRecipients.OfficeOf(Alert(AlertKind.Violation, region: "440000"), unit: null));
        Assert.Equal("440300", AlertRecipients.OfficeOf(Alert(AlertKind.Violation, region: "440104"), Unit("village", "government", "440303")));
        Assert.Equal("440000", AlertRecipients.OfficeOf(Alert(AlertKind.Escalation, region: "440104"), unit: null));
    }

    [Fact]
    public void A_violation_mails_the_supervisors_the_responsible_person_and_the_units_users_who_want_it_once_each()
    {
        UserContact[] supervisors = [User("sup1", "sup1@gz.example.gov.cn"), User("sup2", "sup2@gz.example.gov.cn", immediate: false)];
        UserContact[] unitUsers = [User("u1", "ZhangSan@Example.CN"), User("u2", "u2@yuexiu.example.gov.cn"), User("u3", "not an address")];

        var recipients = AlertRecipients.Immediate(Alert(AlertKind.Violation), supervisors, unitUsers);

        Assert.Equal(["sup1@gz.example.gov.cn", Responsible.Email, "u2@yuexiu.example.gov.cn"], recipients.Select(r => r.Email));
        Assert.Equal(Responsible.Name, recipients[1].Name);
    }

    [Fact]
    public void An_escalation_mails_only_the_supervisors_above()
    {
        var recipients = AlertRecipients.Immediate(Alert(AlertKind.Escalation),
            [User("prov", "prov@gd.example.gov.cn")], [User("u1", "u1@yuexiu.example.gov.cn")]);

        Assert.Equal([new MailRecipient("prov", "prov@gd.example.gov.cn")], recipients);
    }

    [Theory]
    [InlineData(AlertKind.Notice, "no-update-2w", false)]
    [InlineData(AlertKind.Rejection, "no-update-2w", false)]
    [InlineData(AlertKind.Answer, "no-update-2w", true)]
    [InlineData(AlertKind.Violation, "no-update-warning", false)]
    public void Rectification_steps_and_warnings_mail_only_the_other_side(AlertKind kind, string rule, bool office)
    {
        var recipients = AlertRecipients.Immediate(Alert(kind) with { Rule = rule },
            [User("sup1", "sup1@gz.example.gov.cn")], [User("u1", "u1@yuexiu.example.gov.cn")]);

        string[] expected = office ? ["sup1@gz.example.gov.cn"] : [Responsible.Email, "u1@yuexiu.example.gov.cn"];
        Assert.Equal(expected, recipients.Select(r => r.Email));
    }

    [Fact]
    public void An_alert_for_the_digest_only_mails_nobody_at_once()
    {
        var recipients = AlertRecipients.Immediate(Alert(AlertKind.Violation) with { Immediate = false },
            [User("sup1", "sup1@gz.example.gov.cn")], [User("u1", "u1@yuexiu.example.gov.cn")]);

        Assert.Empty(recipients);
    }

    [Fact]
    public void A_responsible_person_whose_address_could_break_a_header_is_left_out()
    {
        var alert = Alert(AlertKind.Violation) with { Responsible = Responsible with { Email = "a@b.cn\r\nBcc: x@y.cn" } };

        Assert.Empty(AlertRecipients.Immediate(alert, [], []));
    }

    private static AlertEvent Alert(AlertKind kind, string region = "440104") =>
        new("weibo:gz-gov~1", kind, "weibo:gz-gov~1", "no-update-2w", Beijing(2026, 11, 15), "证据", "weibo:gz-gov", "越秀发布",
            "weibo", null, "U1", region, Responsible, Beijing(2026, 11, 15), Immediate: true);

    private static UnitRecord Unit(string level, string kind, string region) =>
        new("U1", "单位", region, level, kind, null, Beijing(2026, 1, 1));

    private static UserContact User(string name, string email, bool immediate = true) =>
        new(name, "unit", null, "U1", email, name, immediate, true);
}
