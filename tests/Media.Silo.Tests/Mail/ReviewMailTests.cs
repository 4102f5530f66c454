using System.Net;
using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Mail;

/// <summary>Reviewing suspected content hits: the reason, who may dismiss (SPEC §3.2), and how the digest shows the outcome.</summary>
public sealed class ReviewMailTests : MailSiloTest
{
    [Fact]
    public async Task The_digest_shows_a_confirmed_hit_once_and_a_dismissed_hit_as_dismissed()
    {
        var office = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = (await Admin.FileAccountAsync(unit, "wechat"))["id"]!.GetValue<string>();
        var (ad, ask) = await TwoSuspectedHitsAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/api/violations/{ad}/confirm", new { reason = "确属商业广告" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "系统通知，非强制转发" })).StatusCode);
        await MailSilo.DrainAsync(Silo, Admin);
        Assert.Equal(1, await Silo.Grains.GetGrain<IMailDispatcherGrain>(0).QueueDigestsAsync(new DateOnly(2026, 11, 26)));
        await MailSilo.DrainAsync(Silo, Admin);

        var digest = Smtp.Messages.Single(m => m.Message.Headers["X-Media-Digest"] == "2026-11-26");
        Assert.Equal([office], digest.Envelope);
        var text = digest.Message.TextBody ?? string.Empty;
        Assert.Contains("新发现2个问题，其中单项否决1个", text, StringComparison.Ordinal);
        Assert.Single(Lines(text, ad));
        Assert.Contains("已排除", Assert.Single(Lines(text, ask)), StringComparison.Ordinal);
        Assert.DoesNotContain("待审核", text, StringComparison.Ordinal);
        Assert.Contains($"/violations/{Uri.EscapeDataString(ad)}\"", digest.Message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dismissal_needs_a_reason_and_the_audit_row_keeps_it()
    {
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var id = (await Admin.FileAccountAsync(unit, "wechat"))["id"]!.GetValue<string>();
        var (_, ask) = await TwoSuspectedHitsAsync(id);

        var bare = await Admin.PostAsync($"/api/violations/{ask}/dismiss", new { });
        var blank = await Admin.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("请填写排除理由", await MediaClient.FieldErrorAsync(blank, "reason"));
        Assert.Equal("suspected", (await Admin.GetJsonAsync($"/api/violations?status=suspected&pageSize=200"))["items"]!.AsArray()
            .Single(v => v!["id"]!.GetValue<string>() == ask)!["status"]!.GetValue<string>());

        var dismissed = await Admin.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "系统通知，非强制转发" });

        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal("系统通知，非强制转发", (await MediaClient.ReadJsonAsync(dismissed))["reviewNote"]!.GetValue<string>());
        var audit = await Silo.Services.GetRequiredService<IAuditLog>().ReadAsync(ask, 10, TestContext.Current.CancellationToken);
        var row = Assert.Single(audit, a => a.Action == "violation.dismiss");
        Assert.Contains("系统通知，非强制转发", row.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_office_may_not_dismiss_a_hit_on_a_city_governments_account_which_the_province_supervises()
    {
        var cityGovernment = await Admin.CreateUnitAsync("440100", "city", "government");
        var id = (await Admin.FileAccountAsync(cityGovernment, "wechat"))["id"]!.GetValue<string>();
        var (ad, ask) = await TwoSuspectedHitsAsync(id);
        using var city = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", "440100");
        using var province = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", "440000");

        var refused = await city.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "不予处理" });
        var confirmed = await city.PostAsync($"/api/violations/{ad}/confirm", new { reason = "确属商业广告" });
        var dismissed = await province.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "系统通知，非强制转发" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("省级政务公开办", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode); // confirming only makes the hit stricter: any office in reach may
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
    }

    // Two lexicon hits on one account: an advertisement (improper content) and a demand to repost (forced engagement).
    private async Task<(string Ad, string Ask)> TwoSuspectedHitsAsync(string accountId)
    {
        var pushed = await Admin.PostAsync($"/api/accounts/{accountId}/posts", new[]
        {
            new { postId = "ad", publishedAt = MailSilo.Now.AddHours(-2).ToString("O"), title = "【广告】让手机清凉一哈" },
            new { postId = "ask", publishedAt = MailSilo.Now.AddHours(-1).ToString("O"), title = "请各单位务必转发并截图上报" },
        });
        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        var suspected = (await Admin.GetJsonAsync("/api/violations?status=suspected&pageSize=200"))["items"]!.AsArray()
            .Where(v => v!["accountId"]!.GetValue<string>() == accountId).ToList();
        return (suspected.Single(v => v!["rule"]!.GetValue<string>() == "improper-content")!["id"]!.GetValue<string>(),
            suspected.Single(v => v!["rule"]!.GetValue<string>() == "forced-engagement")!["id"]!.GetValue<string>());
    }

    private static List<string> Lines(string text, string violationId) =>
        [.. text.Split('\n').Where(l => l.Contains(Uri.EscapeDataString(violationId), StringComparison.Ordinal))];
}
