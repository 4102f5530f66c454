using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>County offices supervise their own area (SPEC §3.2): a county department's veto is mailed to them.</summary>
public sealed class CountyOfficeMailTests : MailSiloTest
{
    [Fact]
    public async Task A_county_departments_veto_mails_the_county_office_and_not_the_city_office()
    {
        var county = await MailSilo.SupervisorAsync(Admin, "440104", "越秀区政务公开办");
        var city = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "department");
        // County departments open accounts only by exception (县级政府部门原则上不开设), so the filing states one.
        var body = MediaClient.OpeningBody(unit, openedOn: "2026-09-01");
        body["responsible"] = new { name = "钱七", phone = "13800138000", email = "qianqi@yuexiu.example.gov.cn" };
        body["exceptionReason"] = "承担防汛应急发布任务";
        var filed = await Admin.PostAsync("/api/accounts", body);
        var text = await filed.Content.ReadAsStringAsync();
        Assert.True(filed.StatusCode == HttpStatusCode.Created, text);
        var id = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        var pushed = await Admin.PostAsync($"/api/accounts/{id}/posts",
            new[] { new { postId = "p1", publishedAt = "2026-09-02T10:00:00+08:00" } });
        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);

        await MailSilo.SweepAsync(Admin);
        await MailSilo.DrainAsync(Silo, Admin);

        var envelopes = Smtp.Messages.SelectMany(m => m.Envelope).Order().ToList();
        Assert.Equal(new[] { county, "qianqi@yuexiu.example.gov.cn" }.Order(), envelopes);
        Assert.DoesNotContain(city, envelopes);
        var list = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", "440100");
        var seen = await list.GetJsonAsync("/api/violations?rule=no-update-2w");
        Assert.Contains(seen["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == id);
    }
}
