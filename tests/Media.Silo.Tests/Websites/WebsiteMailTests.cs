using Media.Silo.Tests.Infrastructure;
using Media.Silo.Tests.Mail;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites;

/// <summary>A website's veto is mailed like an account's, naming it as a website, to a real SMTP sink on loopback.</summary>
public sealed class WebsiteMailTests : MailSiloTest
{
    [Fact]
    public async Task An_unreachable_website_is_mailed_to_its_office_and_unit_as_a_website()
    {
        var office = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var body = Body(unit, NewCode());
        body["responsible"] = new { name = "李四", phone = "13800138000", email = "lisi@haizhu.example.gov.cn" };
        var filed = await Admin.PostAsync("/api/websites", body);
        var id = (await MediaClient.ReadJsonAsync(filed))["id"]!.GetValue<string>();
        var checks = Enumerable.Range(0, 140)
            .Select(i => new { at = (MailSilo.Now - TimeSpan.FromMinutes(72 * i)).ToString("O"), ok = i >= 10 }).ToArray();

        await Admin.PostAsync($"/api/websites/{id}/checks", checks);
        var received = await Smtp.WaitForAsync(2);
        await MailSilo.DrainAsync(Silo, Admin);

        Assert.Equal(new[] { office, "lisi@haizhu.example.gov.cn" }.Order(), received.SelectMany(r => r.Envelope).Order());
        foreach (var (message, _) in received)
        {
            Assert.Equal(("site-unreachable", id), (message.Header("X-Media-Rule"), message.Header("X-Media-Account")));
            Assert.StartsWith("【政府网站监测】", message.Subject, StringComparison.Ordinal);
            Assert.Contains("站点无法访问", message.Subject, StringComparison.Ordinal);
            Assert.Contains("主办的政府网站", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("政务新媒体账号", message.TextBody, StringComparison.Ordinal);
            // The link leads to the website's violation (its id is the website's id, '~' and a number), where the unit answers.
            Assert.Contains($"/violations/{Uri.EscapeDataString(id)}~", message.HtmlBody, StringComparison.Ordinal);
        }
    }
}
