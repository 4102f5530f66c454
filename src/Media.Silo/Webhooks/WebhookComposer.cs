using System.Text.Json;
using System.Text.Json.Nodes;
using Media.Abstractions.Alerts;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Grains.Alerts;
using Media.Grains.Alerts.Webhooks;
using Media.Silo.Hosting;
using Media.Silo.Mail;
using Microsoft.Extensions.Options;

namespace Media.Silo.Webhooks;

/// <summary>
/// The group robots' messages, each in its robot's documented shape: 企业微信 and 钉钉 markdown, 飞书 text (its plain
/// robots take no markdown), and for a generic receiver the alert's fields. Every message links to the violation.
/// </summary>
internal sealed class WebhookComposer(IOptions<MediaOptions> media, RegionCatalog regions) : IWebhookComposer
{
    public string Payload(AlertEvent alert, AlertContext context, string kind)
    {
        var title = Title(alert);
        var facts = Facts(alert, context);
        var link = $"{media.Value.PublicUrl.TrimEnd('/')}/violations/{Uri.EscapeDataString(alert.ViolationId)}";
        JsonObject body = kind switch
        {
            WebhookTarget.WeCom => new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["content"] = Markdown(title, facts, link) },
            },
            WebhookTarget.DingTalk => new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["title"] = title, ["text"] = Markdown(title, facts, link) },
            },
            WebhookTarget.Feishu => new JsonObject
            {
                ["msg_type"] = "text",
                ["content"] = new JsonObject { ["text"] = $"{title}\n{string.Join("\n", facts.Select(f => $"{f.Label}：{f.Value}"))}\n查看并处理：{link}" },
            },
            _ => Fields(alert, context, title, link),
        };
        return body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Title(AlertEvent alert)
    {
        var what = alert.Kind switch
        {
            AlertKind.Confirmed => "确认违规",
            AlertKind.Escalation => "整改逾期",
            AlertKind.Answer => "整改回复",
            _ => MailText.KindName(alert.Rule),
        };
        return $"【{(alert.Platform == Platforms.Website ? "政府网站" : "政务新媒体")}监测·{what}】{alert.AccountName}：{MonitoringRules.DisplayName(alert.Rule)}";
    }

    private List<(string Label, string Value)> Facts(AlertEvent alert, AlertContext context) =>
    [
        (alert.Platform == Platforms.Website ? "网站" : "账号", $"{alert.AccountName}（{Platforms.DisplayName(alert.Platform)}）"),
        ("主办单位", MailNames.UnitWithCode(context)),
        ("所在地区", MailNames.Region(regions, alert.RegionCode)),
        ("问题", $"{MonitoringRules.DisplayName(alert.Rule)}（{MailText.KindName(alert.Rule)}）"),
        ("发现时间", MailText.Time(alert.DetectedAt)),
        ("证据", alert.Evidence),
    ];

    // Markdown that both robots render: a bold title, one quoted line per fact, the link last. Text people typed is
    // kept on its line so it cannot open a heading or a list of its own.
    private static string Markdown(string title, List<(string Label, string Value)> facts, string link) =>
        $"**{Flat(title)}**\n\n{string.Join("\n", facts.Select(f => $"> {f.Label}：{Flat(f.Value)}"))}\n\n[查看并处理]({link})";

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    private JsonObject Fields(AlertEvent alert, AlertContext context, string title, string link) => new()
    {
        ["id"] = alert.Id,
        ["kind"] = alert.Kind.ToString().ToLowerInvariant(),
        ["title"] = title,
        ["violationId"] = alert.ViolationId,
        ["rule"] = alert.Rule,
        ["ruleName"] = MonitoringRules.DisplayName(alert.Rule),
        ["ruleKind"] = MonitoringRules.KindOf(alert.Rule).ToString().ToLowerInvariant(),
        ["detectedAt"] = alert.DetectedAt.ToString("O"),
        ["raisedAt"] = alert.RaisedAt.ToString("O"),
        ["evidence"] = alert.Evidence,
        ["accountId"] = alert.AccountId,
        ["accountName"] = alert.AccountName,
        ["platform"] = alert.Platform,
        ["accountUrl"] = alert.AccountUrl,
        ["unitCode"] = alert.UnitCode,
        ["unitName"] = MailNames.Unit(context),
        ["regionCode"] = alert.RegionCode,
        ["regionName"] = MailNames.Region(regions, alert.RegionCode),
        ["office"] = context.Office,
        ["officeName"] = MailNames.Region(regions, context.Office),
        ["deadline"] = alert.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["link"] = link,
    };
}
