using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Media.Abstractions.Alerts;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Media.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Mail;

/// <summary>
/// Group robots (企业微信, 钉钉, 飞书) and a generic JSON webhook on a loopback receiver: one message per alert and target,
/// in each robot's format, signed where a secret is set, and still exactly one after the receiver was down.
/// Media runs on the machine's clock here, so the mail outbox's short back-off (MailSilo) passes in real time.
/// </summary>
public sealed class WebhookTests : IAsyncDisposable
{
    private const string DingTalkSecret = "SECdingtalk-test-secret";
    private const string FeishuSecret = "feishu-test-secret";
    private readonly SmtpSink _smtp = new();
    private readonly ConcurrentQueue<(LoopbackRequest Request, bool Taken)> _received = new();
    private readonly LoopbackServer _receiver;
    private volatile bool _down;

    public WebhookTests() => _receiver = LoopbackServer.ForRequests(Answer);

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Each_new_veto_reaches_every_robot_of_its_office_once_in_the_robots_own_format()
    {
        await using var silo = Silo(("440100", "wecom", "/wecom", null), ("440100", "dingtalk", "/dingtalk?access_token=t0k", DingTalkSecret),
            ("440100", "feishu", "/feishu", FeishuSecret), ("440100", "json", "/json", null), ("440300", "wecom", "/shenzhen", null));
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104", "county", "government");
        var id = await MailSilo.SilentAccountAsync(admin, unit, "lisi@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(admin);
        await MailSilo.SweepAsync(admin);
        await MailSilo.SweepAsync(admin, MailSilo.Now.AddDays(1));
        await DrainAsync(silo, c => c.Sent == 4);

        var violation = Assert.Single((await admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray())!["id"]!.GetValue<string>();
        var link = $"/violations/{Uri.EscapeDataString(violation)}";
        var byPath = _received.Select(r => r.Request).GroupBy(r => r.Path.Split('?')[0]).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["/dingtalk", "/feishu", "/json", "/wecom"], byPath.Keys.Order(StringComparer.Ordinal));
        Assert.All(byPath.Values, requests => Assert.Single(requests));

        var wecom = Json(byPath["/wecom"][0]);
        Assert.Equal("markdown", wecom["msgtype"]!.GetValue<string>());
        Assert.Contains(link, wecom["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("单项否决", wecom["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"> 主办单位：{MailSilo.UnitName(unit)}（{unit}）", wecom["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("> 所在地区：广东省广州市越秀区", wecom["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        var dingtalk = byPath["/dingtalk"][0];
        Assert.Equal("markdown", Json(dingtalk)["msgtype"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(Json(dingtalk)["markdown"]!["title"]!.GetValue<string>()));
        Assert.Contains(link, Json(dingtalk)["markdown"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var query = Query(dingtalk.Path);
        Assert.Equal("t0k", query["access_token"]);
        Assert.Equal(Hmac(DingTalkSecret, $"{query["timestamp"]}\n{DingTalkSecret}"), query["sign"]);
        Assert.InRange(long.Parse(query["timestamp"], System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeSeconds(0).AddYears(50).ToUnixTimeMilliseconds(), long.MaxValue); // milliseconds, not seconds

        var feishu = Json(byPath["/feishu"][0]);
        Assert.Equal("text", feishu["msg_type"]!.GetValue<string>());
        Assert.Contains(link, feishu["content"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"主办单位：{MailSilo.UnitName(unit)}（{unit}）\n所在地区：广东省广州市越秀区", feishu["content"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Hmac($"{feishu["timestamp"]!.GetValue<string>()}\n{FeishuSecret}", string.Empty), feishu["sign"]!.GetValue<string>());

        var json = Json(byPath["/json"][0]);
        Assert.Equal(violation, json["violationId"]!.GetValue<string>());
        Assert.Equal("no-update-2w", json["rule"]!.GetValue<string>());
        Assert.Equal(id, json["accountId"]!.GetValue<string>());
        Assert.Equal("440100", json["office"]!.GetValue<string>());
        Assert.Equal(MailSilo.UnitName(unit), json["unitName"]!.GetValue<string>());
        Assert.Equal("广东省广州市越秀区", json["regionName"]!.GetValue<string>());
        Assert.Equal("广东省广州市", json["officeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_robot_that_was_down_gets_the_message_exactly_once_after_it_comes_back()
    {
        await using var silo = Silo(("440100", "dingtalk", "/dingtalk?access_token=t0k", DingTalkSecret));
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104", "county", "government");
        await MailSilo.SilentAccountAsync(admin, unit, "lisi@yuexiu.example.gov.cn");
        _down = true;

        await MailSilo.SweepAsync(admin);
        // Down means both ways a receiver fails: an HTTP 500, then a 200 whose errcode refuses the message.
        await WaitAsync(() => _received.Count >= 3, "the dispatcher never retried the receiver while it was down");
        var failing = await admin.GetJsonAsync("/api/webhooks/outbox");
        Assert.Equal((1, 1, 0), (failing["pending"]!.GetValue<int>(), failing["failing"]!.GetValue<int>(), failing["sent"]!.GetValue<int>()));
        Assert.False(string.IsNullOrEmpty(failing["lastError"]?.GetValue<string>()));

        _down = false;
        await DrainAsync(silo, c => c.Sent == 1);
        await MailSilo.SweepAsync(admin, MailSilo.Now.AddDays(1));
        await DrainAsync(silo, c => c.Sent == 1);

        Assert.Single(_received, r => r.Taken);
        Assert.True(_received.Count >= 4, "the receiver saw the failed attempts and the delivery");
        Assert.Single(_received.Select(r => Json(r.Request).ToJsonString()).Distinct()); // each attempt posted the same message
    }

    [Fact]
    public async Task A_robot_whose_port_was_closed_gets_the_message_once_when_it_starts_listening()
    {
        var port = FreePort.Next();
        await using var silo = Silo(("440100", "wecom", $"http://127.0.0.1:{port}/wecom", null));
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104", "county", "government");
        await MailSilo.SilentAccountAsync(admin, unit, "lisi@yuexiu.example.gov.cn");

        await MailSilo.SweepAsync(admin);
        await WaitAsync(async () => await AttemptsAsync(silo) >= 3, "the dispatcher never retried the closed port");
        await using var late = LoopbackServer.ForRequests(Answer, port);
        await DrainAsync(silo, c => c.Sent == 1);

        Assert.Single(_received, r => r.Taken);
        Assert.Single(_received);
    }

    [Fact]
    public async Task Bad_targets_stop_the_silo_at_start_with_every_problem_named()
    {
        await using var silo = MailSilo.For(_smtp.Port);
        silo.Settings["Webhooks:Targets:0:Office"] = "广州";
        silo.Settings["Webhooks:Targets:0:Kind"] = "wecom";
        silo.Settings["Webhooks:Targets:0:Url"] = "https://qyapi.example.cn/cgi-bin/webhook/send?key=k";
        silo.Settings["Webhooks:Targets:1:Office"] = "440100";
        silo.Settings["Webhooks:Targets:1:Kind"] = "slack";
        silo.Settings["Webhooks:Targets:1:Url"] = "ftp://example.cn/hook";

        var refused = Assert.ThrowsAny<Exception>(() => silo.CreateClient());

        var message = refused.ToString();
        Assert.Contains("Webhooks:Targets:0:Office", message, StringComparison.Ordinal);
        Assert.Contains("Webhooks:Targets:1:Kind", message, StringComparison.Ordinal);
        Assert.Contains("Webhooks:Targets:1:Url", message, StringComparison.Ordinal);
    }

    // How often the one delivery was attempted, read from the store as an operator would.
    private static async Task<long> AttemptsAsync(SiloFactory silo)
    {
        await using var connection = new SqliteConnection($"Data Source={silo.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(Attempts), 0) FROM MediaHook";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private SiloFactory Silo(params (string Office, string Kind, string Path, string? Secret)[] targets)
    {
        var silo = MailSilo.For(_smtp.Port);
        for (var i = 0; i < targets.Length; i++)
        {
            silo.Settings[$"Webhooks:Targets:{i}:Office"] = targets[i].Office;
            silo.Settings[$"Webhooks:Targets:{i}:Kind"] = targets[i].Kind;
            silo.Settings[$"Webhooks:Targets:{i}:Url"] = targets[i].Path.StartsWith("http", StringComparison.Ordinal)
                ? targets[i].Path
                : _receiver.Url(targets[i].Path).ToString();
            if (targets[i].Secret is { } secret)
            {
                silo.Settings[$"Webhooks:Targets:{i}:Secret"] = secret;
            }
        }

        return silo;
    }

    // Up, each robot answers success its own way; down, every other answer is a 500 and the rest a refusal in the body.
    private Reply Answer(LoopbackRequest request)
    {
        var path = request.Path.Split('?')[0];
        if (_down)
        {
            var refuse = _received.Count % 2 == 1;
            _received.Enqueue((request, false));
            return refuse ? Reply.Html("""{"errcode":310000,"errmsg":"sign not match"}""") : Reply.Html("busy", 500);
        }

        _received.Enqueue((request, true));
        var body = path switch
        {
            "/feishu" => """{"code":0,"msg":"success","data":{}}""",
            "/json" => "{}",
            _ => """{"errcode":0,"errmsg":"ok"}""",
        };
        return new Reply(200, Encoding.UTF8.GetBytes(body), "application/json");
    }

    // Pumps both dispatchers until the webhook outbox holds nothing waiting and meets the condition: after this, every
    // message the silo will ever post for what happened so far has been posted, so counting requests proves no more come.
    private static async Task DrainAsync(SiloFactory silo, Func<OutboxCounts, bool> done)
    {
        var store = silo.Services.GetRequiredService<IAlertStore>();
        await WaitAsync(async () =>
        {
            await silo.Grains.GetGrain<IMailDispatcherGrain>(0).PumpAsync();
            await silo.Grains.GetGrain<IWebhookDispatcherGrain>(0).PumpAsync();
            var counts = await store.HookCountsAsync();
            return counts.Pending == 0 && done(counts);
        }, "the webhook outbox never drained");
    }

    private static Task WaitAsync(Func<bool> done, string failure) => WaitAsync(() => Task.FromResult(done()), failure);

    private static async Task WaitAsync(Func<Task<bool>> done, string failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), failure);
            await Task.Delay(100);
        }
    }

    private static JsonObject Json(LoopbackRequest request) => JsonNode.Parse(request.Text)!.AsObject();

    private static Dictionary<string, string> Query(string path) =>
        path.Split('?', 2)[1].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    private static string Hmac(string key, string data) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(data)));
}
