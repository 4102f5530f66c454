using Media.Abstractions.Accounts;
using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Media.Silo.Tests.Mail;

/// <summary>An overdue notice goes one level up; without an SMTP host, mail lands in the pickup folder.</summary>
public sealed class EscalationAndPickupTests
{
    [Fact]
    public async Task An_escalation_about_a_county_account_goes_to_the_province_office_and_not_to_the_unit()
    {
        await using var smtp = new SmtpSink();
        await using var silo = MailSilo.For(smtp.Port);
        using var admin = await silo.AdminAsync();
        var province = await MailSilo.SupervisorAsync(admin, "440000", "省政务公开办");
        var city = await MailSilo.SupervisorAsync(admin, "440100", "广州市政务公开办");
        var unit = await admin.CreateUnitAsync("440104", "county", "government");

        var alert = new AlertEvent("weibo:overdue~1/escalated", AlertKind.Escalation, "weibo:overdue~1", "no-update-2w",
            MailSilo.Now, "2026年11月1日起无更新", "weibo:overdue", "越秀发布", "weibo", null, unit, "440104",
            new ContactPerson("李四", "13800138000", "lisi@yuexiu.example.gov.cn"), MailSilo.Now, true, new DateOnly(2026, 11, 20));
        await silo.Services.GetRequiredService<IAlertStore>().AddAlertsAsync([alert]);

        await smtp.WaitForAsync(1);
        await MailSilo.DrainAsync(silo, admin);

        var (message, envelope) = Assert.Single(smtp.Messages);
        Assert.Equal([province], envelope);
        Assert.DoesNotContain(city, envelope);
        Assert.Contains("整改逾期", message.Subject, StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_smtp_host_the_mail_is_written_to_the_pickup_folder_once()
    {
        await using var silo = new SiloFactory { Settings = { ["Mail:PollInterval"] = "00:00:00.200" } };
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104", "county", "government");
        var id = await MailSilo.SilentAccountAsync(admin, unit, "lisi@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(admin, DateTimeOffset.Parse("2026-11-26T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        var folder = Path.Combine(silo.DataDir, "mail");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while ((!Directory.Exists(folder) || Directory.GetFiles(folder, "*.eml").Length == 0) && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }

        await MailSilo.DrainAsync(silo, admin);
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(id, message.Headers["X-Media-Account"]);
        Assert.Equal("no-update-2w", message.Headers["X-Media-Rule"]);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }
}
