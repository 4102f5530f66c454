using System.Diagnostics;
using Media.Silo.Tests.Infrastructure;
using MimeKit;

namespace Media.Silo.Tests.Mail;

/// <summary>A veto reaches the right people, once, against a real SMTP server on loopback.</summary>
public sealed class AlertMailTests : MailSiloTest
{
    [Fact]
    public async Task A_two_week_veto_mails_the_city_office_and_the_responsible_person_once_each_and_nobody_else()
    {
        var guangzhou = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var shenzhen = await MailSilo.SupervisorAsync(Admin, "440300", "深圳市政务公开办");
        var province = await MailSilo.SupervisorAsync(Admin, "440000", "省政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(Admin);
        var received = await Smtp.WaitForAsync(2);
        await MailSilo.SweepAsync(Admin);
        await MailSilo.SweepAsync(Admin, MailSilo.Now.AddDays(1));
        await MailSilo.DrainAsync(Silo, Admin);

        Assert.Equal(2, Smtp.Messages.Count);
        var envelopes = received.SelectMany(r => r.Envelope).Order().ToList();
        Assert.Equal(new[] { guangzhou, "lisi@yuexiu.example.gov.cn" }.Order(), envelopes);
        Assert.DoesNotContain(shenzhen, envelopes);
        Assert.DoesNotContain(province, envelopes);
        var violation = Assert.Single((await Admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray())!["id"]!.GetValue<string>();
        foreach (var (message, _) in received)
        {
            Assert.Equal("no-update-2w", message.Header("X-Media-Rule"));
            Assert.Equal(id, message.Header("X-Media-Account"));
            Assert.Contains("测试发布", message.Subject, StringComparison.Ordinal);
            Assert.Contains("监测时间点前2周内无更新", message.Subject, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(message.MessageId));
            Assert.Contains("整改", message.TextBody, StringComparison.Ordinal);
            // Names where a person reads: the unit by its name (the code beside it to find it by), the place by its full name.
            Assert.Contains($"主办单位：{MailSilo.UnitName(unit)}（{unit}）", message.TextBody, StringComparison.Ordinal);
            Assert.Contains($"{MailSilo.UnitName(unit)}主办的", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("所在地区：广东省广州市越秀区", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("广东省广州市越秀区", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain($"主办单位：{unit}", message.TextBody, StringComparison.Ordinal);
            // The link leads where the unit answers and the office verifies: the violation, not the account.
            Assert.Contains($"/violations/{Uri.EscapeDataString(violation)}\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"/violations/{Uri.EscapeDataString(violation)}", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("/accounts/", message.TextBody, StringComparison.Ordinal);
            Assert.EndsWith("+0800", message.Header("Date"), StringComparison.Ordinal);
            Assert.Equal(MailSilo.Now, message.Date);
            var text = message.BodyParts.OfType<TextPart>().First(p => p.IsPlain);
            Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        }

        Assert.NotEqual(received[0].Message.MessageId, received[1].Message.MessageId);
    }

    [Fact]
    public async Task An_outbox_that_has_sent_everything_reports_nothing_pending()
    {
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        await MailSilo.SilentAccountAsync(Admin, unit, "wangwu@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(Admin);
        await Smtp.WaitForAsync(1);

        var watch = Stopwatch.StartNew();
        var outbox = await Admin.GetJsonAsync("/api/mail/outbox");
        while (outbox["sent"]!.GetValue<int>() < 1 && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            outbox = await Admin.GetJsonAsync("/api/mail/outbox");
        }

        Assert.Equal(1, outbox["sent"]!.GetValue<int>());
        Assert.Equal(0, outbox["pending"]!.GetValue<int>());
        Assert.Equal(0, outbox["unroutedAlerts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_supervisor_who_turned_immediate_mail_off_gets_only_the_digest()
    {
        var response = await Admin.PostAsync("/api/users", new
        {
            username = "quiet-gz", password = "Filing-Desk-2026", role = "supervisor", regionCode = "440100",
            email = "quiet@gz.example.gov.cn", displayName = "广州市政务公开办", alerts = new { immediate = false },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.False((await MediaClient.ReadJsonAsync(response))["alerts"]!["immediate"]!.GetValue<bool>());
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(Admin);
        await Smtp.WaitForAsync(1);
        await Silo.Grains.GetGrain<Media.Abstractions.Alerts.IMailDispatcherGrain>(0).QueueDigestsAsync(new DateOnly(2026, 11, 26));
        await Smtp.WaitForAsync(2);
        await MailSilo.DrainAsync(Silo, Admin);

        var toQuiet = Smtp.Messages.Where(m => m.Envelope.Contains("quiet@gz.example.gov.cn")).ToList();
        var digest = Assert.Single(toQuiet);
        Assert.Equal("2026-11-26", digest.Message.Headers["X-Media-Digest"]);
    }
}
