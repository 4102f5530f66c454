using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>
/// Rectification (整改) through the API: notice, answer, rejection, answer, verification; and a notice left
/// past its deadline becomes overdue at the next sweep and is mailed one level up, once.
/// </summary>
public sealed class RectificationTests : MailSiloTest
{
    [Fact]
    public async Task A_violation_goes_from_notified_through_rectifying_to_resolved_with_one_rejection()
    {
        var (id, supervisor, unitUser) = await ViolationAsync();
        await WaitForStatusAsync(id, "notified");

        var early = await unitUser.PostAsync($"/api/violations/{id}/response", new { text = "已更新" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitUser.PostAsync($"/api/violations/{id}/notice", new { })).StatusCode);
        var bad = await supervisor.PostAsync($"/api/violations/{id}/notice", new { deadline = "2026-11-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("deadline", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var notice = await Json(await supervisor.PostAsync($"/api/violations/{id}/notice", new { deadline = "2026-12-06", text = "请于期限内整改" }));
        Assert.Equal("rectifying", notice["status"]!.GetValue<string>());
        Assert.Equal("2026-12-06", notice["rectification"]!["deadline"]!.GetValue<string>());

        await Json(await unitUser.PostAsync($"/api/violations/{id}/response", new { text = "已安排专人更新", evidenceUrl = "https://weibo.com/u/1/post" }));
        var rejected = await Json(await supervisor.PostAsync($"/api/violations/{id}/verify", new { resolved = false, note = "仍未更新" }));
        Assert.Equal("rectifying", rejected["status"]!.GetValue<string>());
        Assert.Equal(1, rejected["rectification"]!["rejections"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsync($"/api/violations/{id}/verify", new { resolved = true })).StatusCode);

        await Json(await unitUser.PostAsync($"/api/violations/{id}/response", new { text = "已连续更新三条", evidenceUrl = "https://weibo.com/u/1/2" }));
        var resolved = await Json(await supervisor.PostAsync($"/api/violations/{id}/verify", new { resolved = true, note = "核验通过" }));

        Assert.Equal("resolved", resolved["status"]!.GetValue<string>());
        Assert.NotNull(resolved["closedBy"]);
        var history = resolved["rectification"]!["history"]!.AsArray();
        Assert.Equal(["notice", "answer", "rejection", "answer", "verification"], history.Select(h => h!["step"]!.GetValue<string>()));
        Assert.Equal("已安排专人更新", history[1]!["text"]!.GetValue<string>());
        Assert.Equal("https://weibo.com/u/1/post", history[1]!["evidenceUrl"]!.GetValue<string>());
        Assert.Equal("仍未更新", history[2]!["text"]!.GetValue<string>());

        // Each step mails the other side (SPEC §3.5): notice and rejection the unit's user and the responsible
        // person, each answer the city office; the verification that resolves it mails nobody.
        await MailSilo.DrainAsync(Silo, Admin);
        var notices = Step("整改通知");
        var answers = Step("整改回复");
        var rejections = Step("整改退回");
        Assert.Equal(2, notices.Count);
        Assert.Equal(2, rejections.Count);
        Assert.Equal(2, answers.Count);
        Assert.Contains("lisi@yuexiu.example.gov.cn", notices);
        Assert.Contains("lisi@yuexiu.example.gov.cn", rejections);
        Assert.DoesNotContain("lisi@yuexiu.example.gov.cn", answers);
        Assert.Single(answers.Distinct());
        Assert.DoesNotContain(answers[0], notices);
        Assert.Equal(3 + 6, Smtp.Messages.Count);
        var audit = await Admin.GetJsonAsync($"/api/accounts/{Uri.EscapeDataString(id[..id.LastIndexOf('~')])}/audit");
        Assert.NotNull(audit);
    }

    [Fact]
    public async Task A_notice_past_its_deadline_becomes_overdue_at_the_next_sweep_and_is_escalated_once()
    {
        var province = await MailSilo.SupervisorAsync(Admin, "440000", "省政务公开办");
        var (id, supervisor, _) = await ViolationAsync();
        await Json(await supervisor.PostAsync($"/api/violations/{id}/notice", new { deadline = "2026-11-30" }));

        await MailSilo.SweepAsync(Admin, Beijing(2026, 11, 30, 23));
        Assert.Equal("rectifying", (await ViolationAsync(id))["status"]!.GetValue<string>());
        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 1, 0));
        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 2, 0));

        Assert.Equal("overdue", (await ViolationAsync(id))["status"]!.GetValue<string>());
        // Three immediate mails for the veto (city office, the unit's user, the responsible person), the notice and the
        // reminder on the deadline day to the unit's user and the responsible person, then the escalation.
        await Smtp.WaitForAsync(8);
        await MailSilo.DrainAsync(Silo, Admin);
        var escalation = Assert.Single(Smtp.Messages, m => (m.Message.Subject ?? "").Contains("整改逾期", StringComparison.Ordinal));
        Assert.Equal([province], escalation.Envelope);
        Assert.True(Smtp.Messages.Count == 8, string.Join(" | ", Smtp.Messages.Select(m => $"{m.Message.Subject} -> {string.Join(",", m.Envelope)}")));
    }

    [Fact]
    public async Task A_notice_answered_in_time_but_not_verified_is_never_overdue_nor_escalated()
    {
        var province = await MailSilo.SupervisorAsync(Admin, "440000", "省政务公开办");
        var (id, supervisor, unitUser) = await ViolationAsync();
        await Json(await supervisor.PostAsync($"/api/violations/{id}/notice", new { deadline = "2026-11-30" }));
        await Json(await unitUser.PostAsync($"/api/violations/{id}/response", new { text = "已安排专人更新", evidenceUrl = "https://weibo.com/u/1/post" }));

        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 1, 0));
        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 5, 0));
        await MailSilo.DrainAsync(Silo, Admin);

        Assert.Equal("rectifying", (await ViolationAsync(id))["status"]!.GetValue<string>());
        Assert.DoesNotContain(Smtp.Messages, m => (m.Message.Subject ?? "").Contains("整改逾期", StringComparison.Ordinal));
        Assert.DoesNotContain(Smtp.Messages, m => m.Envelope.Contains(province));
    }

    [Fact]
    public async Task An_unanswered_notice_is_recalled_to_the_unit_once_two_days_before_its_deadline()
    {
        var (id, supervisor, unitUser) = await ViolationAsync();
        await Json(await supervisor.PostAsync($"/api/violations/{id}/notice", new { deadline = "2026-12-10", text = "请于期限内整改" }));
        await MailSilo.DrainAsync(Silo, Admin);
        var before = Smtp.Messages.Count;

        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 7, 2));
        await MailSilo.DrainAsync(Silo, Admin);
        Assert.Empty(Step("整改提醒"));

        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 8, 2));
        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 9, 2));
        await MailSilo.DrainAsync(Silo, Admin);

        // One reminder each to the unit's user and the responsible person, none to the office.
        var reminders = Step("整改提醒");
        Assert.Equal(2, reminders.Count);
        Assert.Contains("lisi@yuexiu.example.gov.cn", reminders);
        Assert.Equal(before + 2, Smtp.Messages.Count);
        var mail = Smtp.Messages.First(m => (m.Message.Subject ?? "").Contains("整改提醒", StringComparison.Ordinal));
        Assert.Equal("no-update-2w", mail.Message.Headers["X-Media-Rule"]);
        Assert.Contains("2026年12月10日", mail.Message.TextBody, StringComparison.Ordinal);
        var history = (await ViolationAsync(id))["rectification"]!["history"]!.AsArray();
        Assert.Equal(["notice", "reminder"], history.Select(h => h!["step"]!.GetValue<string>()));

        // An answer in time ends the reminders.
        await Json(await unitUser.PostAsync($"/api/violations/{id}/response", new { text = "已更新", evidenceUrl = "https://weibo.com/u/1/3" }));
        await MailSilo.SweepAsync(Admin, Beijing(2026, 12, 10, 2));
        await MailSilo.DrainAsync(Silo, Admin);
        Assert.Equal(2, Step("整改提醒").Count);
    }

    private List<string> Step(string subject) =>
        [.. Smtp.Messages.Where(m => (m.Message.Subject ?? "").Contains(subject, StringComparison.Ordinal)).SelectMany(m => m.Envelope)];

    private async Task<(string Violation, MediaClient Supervisor, MediaClient Unit)> ViolationAsync()
    {
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var supervisor = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", "440100");
        var unitUser = await Admin.CreateUserAsync(Silo.CreateClient(), "unit", unitCode: unit);
        var account = await MailSilo.SilentAccountAsync(Admin, unit, "lisi@yuexiu.example.gov.cn");
        await MailSilo.SweepAsync(Admin);
        var list = await Admin.GetJsonAsync("/api/violations?rule=no-update-2w&status=active");
        var id = list["items"]!.AsArray().Single(v => v!["accountId"]!.GetValue<string>() == account)!["id"]!.GetValue<string>();
        return (id, supervisor, unitUser);
    }

    private async Task<JsonNode> ViolationAsync(string id)
    {
        var list = await Admin.GetJsonAsync("/api/violations?pageSize=200");
        return list["items"]!.AsArray().Single(v => v!["id"]!.GetValue<string>() == id)!;
    }

    private async Task WaitForStatusAsync(string id, string status)
    {
        var watch = Stopwatch.StartNew();
        while ((await ViolationAsync(id))["status"]!.GetValue<string>() != status)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"violation never became {status}");
            await Task.Delay(100);
        }
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static DateTimeOffset Beijing(int year, int month, int day, int hour) => new(year, month, day, hour, 30, 0, TimeSpan.FromHours(8));
}
