using Media.Domain.Filing;
using Media.Domain.Monitoring;
using Media.Domain.Sampling;
using Media.Grains.Alerts;
using Media.Silo.Hosting;
using Media.Silo.Mail;
using Media.Silo.Scheduling;
using Microsoft.Extensions.Options;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>The administrator's page: the rule, probe, schedule and mail settings in effect (read-only; they come from configuration).</summary>
public sealed class AdminModel(
    IOptions<MonitoringOptions> monitoring, IOptions<FilingRuleOptions> filing, IOptions<SamplingOptions> sampling,
    IOptions<SurveyOptions> survey, IOptions<ScheduleOptions> schedules, IOptions<SmtpOptions> smtp, IOptions<OutboxOptions> outbox,
    IOptions<MediaOptions> media) : MediaPageModel
{
    public IReadOnlyList<SettingsSection> Sections { get; private set; } = [];

    public void OnGet() => Sections =
    [
        SettingsSection.Of("Rules:Monitoring", "监测规则", monitoring.Value),
        SettingsSection.Of("Rules:Filing", "备案规则", filing.Value),
        SettingsSection.Of("Rules:Sampling", "抽查规则", sampling.Value),
        SettingsSection.Of("Rules:Survey", "摸底统计", survey.Value),
        SettingsSection.Of(ScheduleOptions.Section, "定时任务与采集", schedules.Value),
        SettingsSection.Of(SmtpOptions.Section, "邮件服务器", smtp.Value),
        SettingsSection.Of(OutboxOptions.Section, "邮件发送", outbox.Value),
        SettingsSection.Of(MediaOptions.Section, "运行", media.Value),
    ];
}
