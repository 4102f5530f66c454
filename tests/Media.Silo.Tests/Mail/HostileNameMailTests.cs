using Media.Abstractions.Accounts;
using Media.Silo.Tests.Infrastructure;
using MimeKit;

namespace Media.Silo.Tests.Mail;

/// <summary>
/// Names typed by units end up in mails. The API already refuses control characters, so this test files
/// the account through the grain, as a future import path or a bug might, to prove the mail itself holds.
/// </summary>
public sealed class HostileNameMailTests : MailSiloTest
{
    private const string HostileName = "越秀发布\r\nBcc: thief@attacker.example\r\nX-Evil: 1\r\n<script>alert(1)</script>";

    [Fact]
    public async Task An_account_named_with_crlf_bcc_and_script_gives_a_well_formed_mail_to_the_right_people_only()
    {
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = "weibo:" + TestCodes.Handle();
        var profile = new AccountProfile(HostileName, "https://weibo.com/u/1", null, true,
            new ContactPerson("李四\r\nCc: other@attacker.example", "13800138000", "lisi@yuexiu.example.gov.cn"), null);
        var outcome = await Silo.Grains.GetGrain<IAccountGrain>(id)
            .OpenAsync(new OpenAccountCommand(unit, profile, new DateOnly(2026, 9, 1), null, null, "admin"));
        Assert.Equal(FilingOutcomeKind.Created, outcome.Kind);
        var pushed = await Admin.PostAsync($"/api/accounts/{id}/posts",
            new[] { new { postId = "p1", publishedAt = "2026-09-02T10:00:00+08:00" } }); // observed once, silent since
        Assert.Equal(System.Net.HttpStatusCode.OK, pushed.StatusCode);

        await MailSilo.SweepAsync(Admin);
        await Smtp.WaitForAsync(1);
        await MailSilo.DrainAsync(Silo, Admin);

        var (message, envelope) = Assert.Single(Smtp.Messages);
        Assert.Equal(["lisi@yuexiu.example.gov.cn"], envelope);
        Assert.Empty(message.Bcc);
        Assert.Empty(message.Cc);
        Assert.Null(message.Headers["X-Evil"]);
        Assert.DoesNotContain('\n', message.Subject ?? string.Empty);
        Assert.DoesNotContain('\r', message.Subject ?? string.Empty);
        Assert.Equal(id, message.Headers["X-Media-Account"]);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal("lisi@yuexiu.example.gov.cn", to.Address);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
    }
}
