using Media.Abstractions.Alerts;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>The daily digest and the weekly summary, on Media's clock set to a Beijing day.</summary>
public sealed class DigestTests : MailSiloTest
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task A_days_violations_arrive_in_one_digest_per_supervisor_and_a_second_run_sends_none()
    {
        var first = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办一");
        var second = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办二");
        var other = await MailSilo.SupervisorAsync(Admin, "440300", "深圳市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var accounts = new List<string>();
        foreach (var platform in new[] { "weibo", "wechat", "douyin" })
        {
            accounts.Add(await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn", platform));
        }

        await MailSilo.SweepAsync(Admin);
        await Smtp.WaitForAsync(9); // immediate: 3 alerts × (2 supervisors + the responsible person)
        var dispatcher = Silo.Grains.GetGrain<IMailDispatcherGrain>(0);

        Assert.Equal(2, await dispatcher.QueueDigestsAsync(Today));
        Assert.Equal(0, await dispatcher.QueueDigestsAsync(Today));
        await Smtp.WaitForAsync(11);
        await MailSilo.DrainAsync(Silo, Admin);

        var digests = Smtp.Messages.Where(m => m.Message.Headers["X-Media-Digest"] == "2026-11-26").ToList();
        Assert.Equal(2, digests.Count);
        Assert.Equal(new[] { first, second }.Order(), digests.SelectMany(d => d.Envelope).Order());
        Assert.DoesNotContain(Smtp.Messages, m => m.Envelope.Contains(other));
        foreach (var digest in digests)
        {
            Assert.Contains("新发现3个问题", digest.Message.Subject, StringComparison.Ordinal);
            Assert.All(accounts, a => Assert.Contains(Uri.EscapeDataString(a), digest.Message.HtmlBody, StringComparison.Ordinal));
            // Each line names the unit and its place; the unit's code stands nowhere in place of its name.
            Assert.Contains($"<td>{MailSilo.UnitName(unit)}</td><td>广东省广州市越秀区</td>", digest.Message.HtmlBody, StringComparison.Ordinal);
            Assert.Equal(3, digest.Message.TextBody!.Split($"，{MailSilo.UnitName(unit)}（广东省广州市越秀区）：").Length - 1);
            Assert.DoesNotContain(unit, digest.Message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(unit, digest.Message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_monday_summary_lists_the_weeks_new_violations_for_each_supervisor_once()
    {
        var supervisor = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn");
        await MailSilo.SweepAsync(Admin);
        await Smtp.WaitForAsync(2);
        var dispatcher = Silo.Grains.GetGrain<IMailDispatcherGrain>(0);

        var monday = new DateOnly(2026, 11, 30);
        Assert.Equal(1, await dispatcher.QueueWeeklySummariesAsync(monday));
        Assert.Equal(0, await dispatcher.QueueWeeklySummariesAsync(monday));
        var summary = (await Smtp.WaitForAsync(3)).Single(m => m.Message.Headers["X-Media-Summary"] == "2026-11-30");

        Assert.Equal([supervisor], summary.Envelope);
        Assert.Contains("一周一点评", summary.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("本周新发现问题1个", summary.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{id}（{MailSilo.UnitName(unit)}，广东省广州市越秀区）", summary.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(unit, summary.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admins_digest_lists_the_days_new_gaps_and_a_second_run_sends_none()
    {
        var response = await Admin.PostAsync("/api/users", new
        {
            username = "opsadmin", password = "Ops-Desk-Watch-7", role = "admin", email = "ops@gd.example.gov.cn", displayName = "运维管理员",
            alerts = new { digest = true }, // admins opt in; the bootstrap admin (admin@localhost) is not mailed
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var unseen = (await Admin.FileAccountAsync(unit, "weibo"))["id"]!.GetValue<string>();
        var observed = await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn");
        var dispatcher = Silo.Grains.GetGrain<IMailDispatcherGrain>(0);

        Assert.Equal(1, await dispatcher.QueueDigestsAsync(Today));
        Assert.Equal(0, await dispatcher.QueueDigestsAsync(Today));
        var mail = (await Smtp.WaitForAsync(1)).Single(m => m.Message.Headers["X-Media-Gaps"] == "2026-11-26");

        Assert.Equal(["ops@gd.example.gov.cn"], mail.Envelope);
        Assert.Contains(unseen, mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"（{MailSilo.UnitName(unit)}，广东省广州市越秀区）", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("尚未采集", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(observed, mail.Message.TextBody, StringComparison.Ordinal);
    }
}
