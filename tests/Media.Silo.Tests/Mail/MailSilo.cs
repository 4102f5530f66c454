using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions.Alerts;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Media.Silo.Tests.Mail;

/// <summary>Helpers for the mail tests: a silo that sends to an SMTP sink, and people to send to.</summary>
internal static class MailSilo
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A silo whose mail goes to the sink's port, polling fast and retrying within a second.</summary>
    public static SiloFactory For(int smtpPort, FakeTimeProvider? clock = null, string? dataDir = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "广东省政务新媒体监测 <media@gd.example.gov.cn>",
            ["Smtp:TimeoutSeconds"] = "5",
            ["Mail:PollInterval"] = "00:00:00.200",
            ["Mail:RetryFirst"] = "00:00:00.500",
            ["Mail:RetryMax"] = "00:00:01",
        };
        if (dataDir is not null)
        {
            settings["Media:DataDir"] = dataDir;
        }

        return new SiloFactory { Clock = clock, Settings = settings };
    }

    /// <summary>Creates a supervisor of an office with a known address.</summary>
    public static async Task<string> SupervisorAsync(MediaClient admin, string region, string name)
    {
        var username = "s" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsync("/api/users", new
        {
            username, password = "Filing-Desk-2026", role = "supervisor", regionCode = region,
            email = $"{username}@{region}.example.gov.cn", displayName = name,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"{username}@{region}.example.gov.cn";
    }

    /// <summary>Files an account, pushes one post the day after it opened months ago (its only one) and returns its id.</summary>
    public static async Task<string> SilentAccountAsync(MediaClient admin, string unit, string responsibleEmail, string platform = "weibo")
    {
        var body = MediaClient.OpeningBody(unit, platform, openedOn: "2026-09-01");
        body["responsible"] = new { name = "李四", phone = "13800138000", email = responsibleEmail };
        var response = await admin.PostAsync("/api/accounts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

        // Observed once (SPEC §3.3: no verdict without an observation), then silent since early September.
        var pushed = await admin.PostAsync($"/api/accounts/{id}/posts",
            new[] { new { postId = "first", publishedAt = "2026-09-02T10:00:00+08:00", title = "开通公告" } });
        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        return id;
    }

    /// <summary>The name <see cref="MediaClient.CreateUnitAsync"/> gives the unit of a code.</summary>
    public static string UnitName(string unitCode) => "测试单位" + unitCode[^4..];

    public static async Task SweepAsync(MediaClient admin, DateTimeOffset? at = null)
    {
        var response = await admin.PostAsync("/api/sweeps", new { at = (at ?? Now).ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Drives the mail dispatcher until a pump finds nothing to route or send, then checks that the outbox holds
    /// nothing waiting. After this, every mail the silo will ever send for what happened so far has reached the
    /// sink, so counting the sink's messages proves that nothing more is sent (no fixed wait needed).
    /// </summary>
    public static async Task<JsonObject> DrainAsync(SiloFactory silo, MediaClient admin)
    {
        var dispatcher = silo.Grains.GetGrain<IMailDispatcherGrain>(0);
        for (var pumps = 1; ; pumps++)
        {
            // The grain takes one call at a time, so this pump also waits for one the silo's own pump has under way.
            var report = await dispatcher.PumpAsync();
            if (report.Routed + report.Sent + report.Failed == 0)
            {
                break;
            }

            Assert.True(pumps < 100, "the mail dispatcher never ran out of work");
        }

        var outbox = await admin.GetJsonAsync("/api/mail/outbox");
        Assert.True(outbox["unroutedAlerts"]!.GetValue<int>() == 0 && outbox["pending"]!.GetValue<int>() == 0,
            "the outbox still holds mail: " + outbox.ToJsonString());
        return outbox;
    }

    public static string Header(this MimeMessage message, string name) => message.Headers[name] ?? string.Empty;
}
