using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>The 10-day early warning reaches the unit at once, so it can post before the two-week veto.</summary>
public sealed class WarningMailTests : MailSiloTest
{
    [Fact]
    public async Task A_warning_mails_the_responsible_person_once_per_episode_naming_the_day_of_the_veto()
    {
        var supervisor = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = await MailSilo.SilentAccountAsync(Admin, unit, "zhaoliu@yuexiu.example.gov.cn");
        var lastPost = MailSilo.Now - TimeSpan.FromDays(10) - TimeSpan.FromHours(1);
        var posted = await Admin.PostAsync($"/api/accounts/{id}/posts",
            new[] { new { postId = "m-warning-1", publishedAt = lastPost.ToString("O") } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        await MailSilo.SweepAsync(Admin);
        await MailSilo.DrainAsync(Silo, Admin);
        await MailSilo.SweepAsync(Admin, MailSilo.Now.AddDays(1));
        await MailSilo.DrainAsync(Silo, Admin);

        var (message, envelope) = Assert.Single(Smtp.Messages);
        Assert.Equal(["zhaoliu@yuexiu.example.gov.cn"], envelope);
        Assert.DoesNotContain(supervisor, envelope);
        Assert.Equal("no-update-warning", message.Header("X-Media-Rule"));
        Assert.Equal(id, message.Header("X-Media-Account"));
        // The two weeks run out 14 days after the last post, 2026-11-30 09:00 Beijing time.
        Assert.Contains("自2026-11-30 09:00起将被判定为单项否决", message.TextBody, StringComparison.Ordinal);
    }
}
