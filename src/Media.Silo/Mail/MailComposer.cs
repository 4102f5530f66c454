using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Media.Abstractions.Alerts;
using Media.Abstractions.Index;
using Media.Domain.Accounts;
using Media.Domain.Alerts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Grains;
using Media.Grains.Alerts;
using Media.Silo.Hosting;
using Media.Silo.Web;
using Media.Abstractions.Monitoring;
using Media.Domain.Time;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Media.Silo.Mail;

/// <summary>
/// Builds the mails: UTF-8, Chinese, HTML with a plain-text twin, the <c>X-Media-*</c> headers and a
/// Message-ID derived from the outbox key, so every retry of a mail carries the same id. Text that users
/// typed is HTML-encoded in the HTML part and flattened to one line wherever it reaches a header.
/// </summary>
internal sealed class MailComposer(
    IOptions<SmtpOptions> smtp,
    IOptions<MediaOptions> media,
    RegionCatalog regions,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : IMailComposer
{
    public OutgoingMail Alert(AlertEvent alert, MailRecipient recipient, AlertContext context)
    {
        var to = recipient;
        var account = $"“{alert.AccountName}”（{Platforms.DisplayName(alert.Platform)}）";
        var rule = MonitoringRules.DisplayName(alert.Rule);
        var escalated = alert.Kind == AlertKind.Escalation;
        var website = alert.Platform == Platforms.Website;
        var subject = escalated
            ? $"【整改逾期】{account}{rule}问题逾期未整改"
            : $"【{(website ? "政府网站" : "政务新媒体")}监测】{account}{rule}（{MailText.KindName(alert.Rule)}）";
        var deadline = alert.Deadline ?? RectificationDeadline.DefaultFrom(alert.DetectedAt);
        var facts = new List<(string Label, string Value)>
        {
            (website ? "网站" : "账号", $"{alert.AccountName}（{Platforms.DisplayName(alert.Platform)}，{alert.AccountId}）"),
            ("主办单位", MailNames.UnitWithCode(context)),
            ("所在地区", MailNames.Region(regions, alert.RegionCode)),
            ("问题", $"{rule}（{MailText.KindName(alert.Rule)}）"),
            ("发现时间", MailText.Time(alert.DetectedAt)),
            ("证据", alert.Evidence),
            (escalated ? "原整改期限" : "整改期限", MailText.Date(deadline)),
        };
        var lead = escalated
            ? $"{OfficeName(context.Office)}监管的{KindWord(alert)}{account}存在的“{rule}”问题，整改通知已逾期，请督促整改。"
            : $"监测发现，{MailNames.Unit(context)}主办的{KindWord(alert)}{account}存在“{rule}”问题。";
        // A warning has nothing to rectify yet: the evidence names when the veto fires, and posting prevents it.
        var todo = escalated
            ? "请督促相关单位立即整改，并在系统中核实整改情况。"
            : MonitoringRules.KindOf(alert.Rule) == RuleKind.Warning
                ? MailText.WhatToDo(alert.Rule)
                : $"{MailText.WhatToDo(alert.Rule)}请于{MailText.Date(deadline)}前完成整改，并在系统中回复整改情况。";
        if (StepWords(alert, account, rule, context, deadline) is { } step)
        {
            (subject, lead, todo) = step;
        }

        // The unit answers and the office verifies on the violation's page, so that is where the mail leads.
        var link = ViolationLink(alert.ViolationId);

        var html = new StringBuilder();
        html.Append("<p>").Append(E(to.Name)).Append("：您好！</p>")
            .Append("<p>").Append(E(lead)).Append("</p>")
            .Append("<table cellpadding=\"4\" style=\"border-collapse:collapse\">");
        foreach (var (label, value) in facts)
        {
            html.Append("<tr><th align=\"left\" style=\"white-space:nowrap\">").Append(E(label)).Append("</th><td>")
                .Append(E(value)).Append("</td></tr>");
        }

        html.Append("</table><p><strong>整改要求：</strong>").Append(E(todo)).Append("</p>")
            .Append("<p><a href=\"").Append(E(link)).Append("\">在系统中查看并处理该问题</a></p>").Append(Footer);

        var text = new StringBuilder();
        text.Append(to.Name).Append("：您好！\n\n").Append(lead).Append("\n\n");
        foreach (var (label, value) in facts)
        {
            text.Append(label).Append('：').Append(value).Append('\n');
        }

        text.Append("\n整改要求：").Append(todo).Append("\n\n查看并处理：").Append(link).Append("\n\n").Append(FooterText);
        var headers = new Dictionary<string, string> { ["X-Media-Rule"] = alert.Rule, ["X-Media-Account"] = alert.AccountId };
        return Build($"alert/{alert.Id}/{to.Email.ToLowerInvariant()}", alert.Id, to, subject, html.ToString(), text.ToString(), headers);
    }

    public OutgoingMail Digest(UserContact recipient, DateOnly day, IReadOnlyList<DigestLine> lines, UnitNameBook units)
    {
        var to = recipient;
        // A veto counts when it stands: a suspected hit not yet confirmed, or one dismissed, is no veto.
        var vetoes = lines.Count(l => MonitoringRules.KindOf(l.Alert.Rule) == RuleKind.Veto
            && l.Status is not (ViolationStatus.Suspected or ViolationStatus.Dismissed) && (l.Status is not null || l.Alert.Immediate));
        var subject = $"【政务新媒体监测】{MailText.Date(day)}监测日报：新发现{lines.Count}个问题，其中单项否决{vetoes}个";
        var rows = lines.Select(l => (Account: $"{l.Alert.AccountName}（{Platforms.DisplayName(l.Alert.Platform)}）",
            Unit: MailNames.Unit(units, l.Alert.UnitCode), Region: MailNames.Region(regions, l.Alert.RegionCode),
            Problem: DigestProblem(l), Time: MailText.Time(l.Alert.DetectedAt), l.Alert.Evidence, Link: ViolationLink(l.Alert.ViolationId))).ToList();
        var html = new StringBuilder();
        html.Append("<p>").Append(E(to.DisplayName)).Append("：您好！</p><p>")
            .Append(E($"{MailText.Date(day)}，{OfficeName(to.RegionCode)}监管范围内新发现{lines.Count}个问题，其中单项否决{vetoes}个：")).Append("</p>")
            .Append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>账号</th><th>主办单位</th><th>所在地区</th><th>问题（当前状态）</th><th>发现时间</th><th>证据</th></tr>");
        var text = new StringBuilder();
        text.Append(to.DisplayName).Append("：您好！\n\n")
            .Append(CultureInfo.InvariantCulture, $"{MailText.Date(day)}，{OfficeName(to.RegionCode)}监管范围内新发现{lines.Count}个问题，其中单项否决{vetoes}个：\n\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td><a href=\"").Append(E(row.Link)).Append("\">").Append(E(row.Account)).Append("</a></td><td>")
                .Append(E(row.Unit)).Append("</td><td>").Append(E(row.Region)).Append("</td><td>").Append(E(row.Problem)).Append("</td><td>").Append(E(row.Time)).Append("</td><td>").Append(E(row.Evidence)).Append("</td></tr>");
            text.Append("- ").Append(row.Account).Append('，').Append(row.Unit).Append('（').Append(row.Region).Append("）：").Append(row.Problem).Append('，').Append(row.Time).Append('。')
                .Append(row.Evidence).Append(' ').Append(row.Link).Append('\n');
        }

        html.Append("</table>").Append(Footer);
        text.Append('\n').Append(FooterText);
        return Build($"digest/{day:yyyy-MM-dd}/{to.Username}", null, new MailRecipient(to.DisplayName, to.Email), subject,
            html.ToString(), text.ToString(), new Dictionary<string, string> { ["X-Media-Digest"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    public OutgoingMail WeeklySummary(UserContact recipient, DateOnly monday, WeekFacts facts, UnitNameBook units)
    {
        var to = recipient;
        var from = monday.AddDays(-7);
        var region = OfficeName(to.RegionCode);
        var subject = $"【一周一点评】{region}政务新媒体{MailText.Date(from)}至{MailText.Date(monday.AddDays(-1))}";
        var sections = new List<(string Title, IReadOnlyList<string> Lines)>
        {
            ($"本周新发现问题{facts.Opened.Count}个", [.. facts.Opened.Select(v => $"{v.Violation.AccountId}（{Owner(units, v.UnitCode, v.RegionCode)}）：{MonitoringRules.DisplayName(v.Violation.Rule)}（{MailText.Time(v.Violation.DetectedAt)}）")]),
            ($"本周已整改问题{facts.Resolved.Count}个", [.. facts.Resolved.Select(v => $"{v.Violation.AccountId}（{Owner(units, v.UnitCode, v.RegionCode)}）：{MonitoringRules.DisplayName(v.Violation.Rule)}")]),
            ($"临近两周未更新的账号{facts.NearLine.Count}个", [.. facts.NearLine.Select(e => $"{e.Name}（{e.AccountId}，{Owner(units, e.UnitCode, e.RegionCode)}），最近更新：{(e.LastPostAt is { } l ? MailText.Time(l) : "开设以来无更新")}")]),
            ($"本周逾期备案{facts.LateFilings.Count}个", [.. facts.LateFilings.Select(e => $"{e.Name}（{e.AccountId}，{Owner(units, e.UnitCode, e.RegionCode)}）")]),
        };
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append("<p>").Append(E(to.DisplayName)).Append("：您好！</p><p>").Append(E($"以下是{region}政务新媒体上周监测情况。")).Append("</p>");
        text.Append(to.DisplayName).Append("：您好！\n\n以下是").Append(region).Append("政务新媒体上周监测情况。\n");
        foreach (var (title, lines) in sections)
        {
            html.Append("<h3>").Append(E(title)).Append("</h3>");
            text.Append('\n').Append(title).Append('\n');
            if (lines.Count > 0)
            {
                html.Append("<ul>");
                foreach (var line in lines.Take(100))
                {
                    html.Append("<li>").Append(E(line)).Append("</li>");
                    text.Append("- ").Append(line).Append('\n');
                }

                html.Append("</ul>");
            }
        }

        html.Append(Footer);
        text.Append('\n').Append(FooterText);
        return Build($"weekly/{monday:yyyy-MM-dd}/{to.Username}", null, new MailRecipient(to.DisplayName, to.Email), subject,
            html.ToString(), text.ToString(), new Dictionary<string, string> { ["X-Media-Summary"] = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    public OutgoingMail SamplingReminder(UserContact recipient, string quarter, int recheck)
    {
        var name = Domain.Sampling.Quarter.TryParse(quarter, out var q) ? q.ChineseName : quarter;
        var region = OfficeName(recipient.RegionCode);
        var subject = $"【抽查提醒】{name}{region}政务新媒体抽查工作待开展";
        var lines = new List<string>
        {
            $"按照每季度按不低于30%的比例抽查政务新媒体的要求，请组织开展{name}{region}政务新媒体抽查。",
            recheck > 0 ? $"上季度抽查不合格的{recheck}个账号将列入本次复查名单。" : "上季度无待复查账号。",
            $"在系统中发起抽查：{media.Value.PublicUrl.TrimEnd('/')}/samplings",
        };
        var html = new StringBuilder("<p>").Append(E(recipient.DisplayName)).Append("：您好！</p>");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }

        var text = $"{recipient.DisplayName}：您好！\n\n{string.Join("\n", lines)}\n\n{FooterText}";
        return Build($"sampling-due/{quarter}/{recipient.Username}", null, new MailRecipient(recipient.DisplayName, recipient.Email), subject,
            html.Append(Footer).ToString(), text, new Dictionary<string, string> { ["X-Media-Sampling"] = quarter });
    }

    public OutgoingMail GapDigest(UserContact recipient, DateOnly day, IReadOnlyList<IndexEntry> gaps, UnitNameBook units)
    {
        var subject = $"【采集日报】{MailText.Date(day)}新增{gaps.Count}个采集中断或尚未采集的账号";
        var lead = $"{MailText.Date(day)}新增{gaps.Count}个账号无法判定更新情况（采集中断或备案后尚未采集），在恢复观测之前不作判定，请排查：";
        var html = new StringBuilder("<p>").Append(E(recipient.DisplayName)).Append("：您好！</p><p>").Append(E(lead)).Append("</p>")
            .Append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>账号</th><th>名称</th><th>主办单位</th><th>原因</th><th>起始时间</th></tr>");
        var text = new StringBuilder(recipient.DisplayName).Append("：您好！\n\n").Append(lead).Append("\n\n");
        foreach (var e in gaps)
        {
            var cause = $"{GapCauses.DisplayName(e.Gap!.Cause)}：{e.Gap.Detail}";
            var owner = Owner(units, e.UnitCode, e.RegionCode);
            html.Append("<tr><td><a href=\"").Append(E(AccountLink(e.AccountId))).Append("\">").Append(E(e.AccountId)).Append("</a></td><td>")
                .Append(E(e.Name)).Append("</td><td>").Append(E(owner)).Append("</td><td>").Append(E(cause)).Append("</td><td>").Append(E(MailText.Time(e.Gap.Since))).Append("</td></tr>");
            text.Append("- ").Append(e.AccountId).Append(' ').Append(e.Name).Append('（').Append(owner).Append("）：").Append(cause).Append('，').Append(MailText.Time(e.Gap.Since))
                .Append('\n');
        }

        html.Append("</table><p><a href=\"").Append(E(media.Value.PublicUrl.TrimEnd('/') + "/monitoring/gaps")).Append("\">查看全部采集缺口</a></p>").Append(Footer);
        text.Append('\n').Append(FooterText);
        return Build($"gap-digest/{day:yyyy-MM-dd}/{recipient.Username}", null, new MailRecipient(recipient.DisplayName, recipient.Email), subject,
            html.ToString(), text.ToString(), new Dictionary<string, string> { ["X-Media-Gaps"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    private const string Footer = "<p style=\"color:#666\">本邮件由政务新媒体备案与监测系统自动发送，请勿直接回复。</p>";
    private const string FooterText = "本邮件由政务新媒体备案与监测系统自动发送，请勿直接回复。";

    // The rectification steps (SPEC §3.5), each told to the other side: the unit hears of notices, reminders and rejections,
    // the office of answers.
    private (string Subject, string Lead, string Todo)? StepWords(AlertEvent alert, string account, string rule,
        AlertContext context, DateOnly deadline) => alert.Kind switch
    {
        AlertKind.Notice => ($"【整改通知】{account}{rule}问题请于{MailText.Date(deadline)}前整改",
            $"{OfficeName(context.Office)}就{MailNames.Unit(context)}主办的{KindWord(alert)}{account}存在的“{rule}”问题下发整改通知。",
            $"请于{MailText.Date(deadline)}前完成整改，并在系统中回复整改情况和佐证链接。"),
        AlertKind.Reminder => ($"【整改提醒】{account}{rule}问题整改期限{MailText.Date(deadline)}将至",
            $"{MailNames.Unit(context)}主办的{KindWord(alert)}{account}存在的“{rule}”问题，整改期限为{MailText.Date(deadline)}，目前尚未回复整改情况。",
            $"请于{MailText.Date(deadline)}前完成整改，并在系统中回复整改情况和佐证链接；逾期未回复的，将报上一级主管部门。"),
        AlertKind.Answer => ($"【整改回复】{account}{rule}问题已回复整改情况",
            $"{MailNames.Unit(context)}已就{KindWord(alert)}{account}存在的“{rule}”问题回复整改情况。",
            "请在系统中核验整改情况，通过或退回。"),
        AlertKind.Rejection => ($"【整改退回】{account}{rule}问题整改未通过核验",
            $"{OfficeName(context.Office)}核验认为，{KindWord(alert)}{account}存在的“{rule}”问题整改未到位，已退回。",
            $"请按核验意见继续整改，于{MailText.Date(deadline)}前在系统中重新回复整改情况。"),
        _ => null,
    };

    // What the mail calls the record: a website is filed on the account rails but is not a new-media account.
    private static string KindWord(AlertEvent alert) => alert.Platform == Platforms.Website ? "政府网站" : "政务新媒体账号";

    // The rule, its kind and where the violation stands now: a hit reviewed since it was raised shows the review.
    private static string DigestProblem(DigestLine line)
    {
        var a = line.Alert;
        var kind = line.Status switch
        {
            ViolationStatus.Suspected => "疑似",
            ViolationStatus.Dismissed when MonitoringRules.NeedsReview(a.Rule) => "疑似",
            _ when a.Kind == AlertKind.Escalation => "整改逾期",
            _ => MailText.KindName(a.Rule),
        };
        var now = line.Status is { } status ? ViolationNames.Of(status) : "已撤销";
        return $"{MonitoringRules.DisplayName(a.Rule)}（{kind}，{now}）";
    }

    private OutgoingMail Build(string key, string? alertId, MailRecipient to, string subject, string html, string text,
        IReadOnlyDictionary<string, string> headers)
    {
        var from = MailboxAddress.Parse(smtp.Value.From);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(MailAddressRules.HeaderText(to.Name), to.Email));
        message.Subject = MailAddressRules.HeaderText(subject, 200);
        // Beijing time, as every date in the mail's text: a reader's client that shows the header raw shows the same hour.
        message.Date = BeijingTime.ToBeijing(clock.GetUtcNow());
        message.MessageId = MessageId(key, from.Domain);
        foreach (var (name, value) in headers)
        {
            message.Headers.Add(name, MailAddressRules.HeaderText(value));
        }

        var body = new BodyBuilder { TextBody = text, HtmlBody = $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head><body>{html}</body></html>" };
        message.Body = body.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return new OutgoingMail(key, alertId, to.Email, message.MessageId, message.Subject, stream.ToArray());
    }

    // The same key always gives the same id: a resent mail is recognisably the same message.
    private static string MessageId(string key, string domain) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant() + "@" + (string.IsNullOrEmpty(domain) ? "media.local" : domain);

    private string ViolationLink(string violationId) => $"{media.Value.PublicUrl.TrimEnd('/')}/violations/{Uri.EscapeDataString(violationId)}";

    // A website has its own page (/websites/{id}); its id starts with its platform, as every record key does.
    private string AccountLink(string accountId) =>
        $"{media.Value.PublicUrl.TrimEnd('/')}/{(accountId.StartsWith(Platforms.Website + ":", StringComparison.Ordinal) ? "websites" : "accounts")}/{Uri.EscapeDataString(accountId)}";

    // The unit and where it is, as a list line names an account's owner inside its brackets: 越秀区教育局，广东省广州市越秀区.
    private string Owner(UnitNameBook units, string unitCode, string regionCode) =>
        $"{MailNames.Unit(units, unitCode)}，{MailNames.Region(regions, regionCode)}";

    private string OfficeName(string? office) =>
        office is null ? "全国" : MailNames.Region(regions, office);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
