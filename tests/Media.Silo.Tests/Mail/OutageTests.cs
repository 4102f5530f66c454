using System.Diagnostics;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>
/// Nothing acknowledged is lost and nothing is sent twice: 50 alerts are raised while the SMTP server is
/// down, the silo restarts in between, and when the server comes back each alert arrives exactly once.
/// </summary>
public sealed class OutageTests : IDisposable
{
    private const int Alerts = 50;
    private readonly TempDirectory _data = new("media-outage");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Fifty_alerts_raised_during_an_smtp_outage_across_a_restart_arrive_exactly_once()
    {
        var port = FreePort.Next();
        var accounts = new List<string>();
        await using (var first = MailSilo.For(port, dataDir: _data.Path))
        {
            using var admin = await first.AdminAsync();
            var unit = await admin.CreateUnitAsync("440104", "county", "government");
            for (var i = 0; i < Alerts; i++)
            {
                accounts.Add(await MailSilo.SilentAccountAsync(admin, unit, $"owner{i}@yuexiu.example.gov.cn"));
            }

            await MailSilo.SweepAsync(admin);
            var outbox = await WaitAsync(admin, o => o["failing"]!.GetValue<int>() == Alerts);
            Assert.Equal(0, outbox["sent"]!.GetValue<int>());
        }

        await using var smtp = new SmtpSink(port, start: false);
        await using (var second = MailSilo.For(port, dataDir: _data.Path))
        {
            using var admin = await second.AdminAsync();
            await WaitAsync(admin, o => o["failing"]!.GetValue<int>() == Alerts);
            smtp.Start();

            await smtp.WaitForAsync(Alerts, TimeSpan.FromSeconds(60));
            await WaitAsync(admin, o => o["sent"]!.GetValue<int>() == Alerts);
            var outbox = await MailSilo.DrainAsync(second, admin);
            Assert.Equal(Alerts, outbox["sent"]!.GetValue<int>());
        }

        Assert.Equal(Alerts, smtp.Messages.Count);
        Assert.Equal(Alerts, smtp.Messages.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.Equal(accounts.Order(), smtp.Messages.Select(m => m.Message.Headers["X-Media-Account"]).Order());
    }

    private static async Task<JsonObject> WaitAsync(MediaClient admin, Func<JsonObject, bool> done)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var outbox = await admin.GetJsonAsync("/api/mail/outbox");
            if (done(outbox))
            {
                return outbox;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "outbox never reached the expected state: " + outbox.ToJsonString());
            await Task.Delay(200);
        }
    }
}
