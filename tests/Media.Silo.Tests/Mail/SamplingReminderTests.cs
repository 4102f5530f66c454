using Media.Abstractions.Alerts;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Mail;

/// <summary>At a quarter's start supervisors are mailed that sampling is due, once; the task is also visible in the API.</summary>
public sealed class SamplingReminderTests : MailSiloTest
{
    [Fact]
    public async Task Supervisors_are_reminded_once_per_quarter_and_the_task_clears_when_the_sampling_exists()
    {
        var address = await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        using var supervisor = await Admin.CreateUserAsync(Silo.CreateClient(), "supervisor", "440100");
        var dispatcher = Silo.Grains.GetGrain<IMailDispatcherGrain>(0);

        Assert.Equal(2, await dispatcher.QueueSamplingRemindersAsync("2026Q4"));
        Assert.Equal(0, await dispatcher.QueueSamplingRemindersAsync("2026Q4"));
        var received = await Smtp.WaitForAsync(2);
        var reminder = Assert.Single(received, m => m.Envelope.Contains(address));
        Assert.Contains("2026年第四季度", reminder.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("不低于30%", reminder.Message.TextBody, StringComparison.Ordinal);

        var before = await supervisor.GetJsonAsync("/api/samplings/due");
        Assert.True(before["due"]!.GetValue<bool>());
        Assert.Equal("2026Q4", before["quarter"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.Created,
            (await supervisor.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = "440100" })).StatusCode);
        var after = await supervisor.GetJsonAsync("/api/samplings/due");
        Assert.False(after["due"]!.GetValue<bool>());
        Assert.Equal("2026Q4-440100", after["samplingId"]!.GetValue<string>());
    }
}
