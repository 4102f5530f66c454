using System.Globalization;
using Media.Domain.Monitoring;
using Media.Domain.Time;

namespace Media.Silo.Mail;

/// <summary>The fixed Chinese wording of alert mails: what to do about each rule.</summary>
internal static class MailText
{
    public static string WhatToDo(string rule) => rule switch
    {
        MonitoringRules.NoUpdate => "请立即更新账号内容，确保每两周内至少更新一次；确实无力维护的，请按程序办理关停或注销备案。",
        MonitoringRules.AppUnavailable => "请尽快恢复APP的下载和正常使用；已停止运营的，请按程序办理关停或注销备案。",
        MonitoringRules.NoInteraction => "请开通留言、评论或私信等互动功能并安排专人回复，完成后提交变更备案。",
        MonitoringRules.ImproperContent => "请立即删除或更正相关内容，核查发布审核流程，并将处理情况报送监管单位。",
        MonitoringRules.ForcedEngagement => "请立即停止强制要求点赞、转发、下载或购买粉丝等做法，删除相关内容，并将处理情况报送监管单位。",
        MonitoringRules.NoUpdateWarning => "账号即将达到两周未更新的单项否决标准，请尽快更新内容。",
        MonitoringRules.LowFrequency => "请提高更新频率，保证信息发布及时。",
        _ => "请核查并整改。",
    };

    public static string KindName(string rule) => MonitoringRules.KindOf(rule) switch
    {
        RuleKind.Veto => "单项否决",
        RuleKind.Warning => "预警",
        _ => "扣分项",
    };

    public static string Time(DateTimeOffset at) =>
        BeijingTime.ToBeijing(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
