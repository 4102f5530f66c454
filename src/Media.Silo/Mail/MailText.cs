using System.Globalization;
using Media.Domain.Monitoring;
using Media.Domain.Time;
using Media.Domain.Websites;

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
        WebsiteRules.Unreachable => "请尽快排查网站服务器、网络和域名解析，确保首页稳定可访问。",
        WebsiteRules.HomeStale => "请及时更新首页信息，发布的信息须注明发布时间。",
        WebsiteRules.ColumnsStale => "请及时更新相关栏目，无力维护的栏目应整合或关停，不得保留空白栏目。",
        WebsiteRules.InteractionPoor => "请确保咨询渠道正常可用，对网民留言及时答复（不超过3个月）。",
        WebsiteRules.Identifiers => "请在网站页脚规范展示网站标识码、ICP备案编号、公安机关备案号、党政机关网站标识、“我为政府网站找错”入口和网站地图。",
        WebsiteRules.ContentError => "请立即更正相关内容，核查发布审核流程，并将处理情况报送监管单位。",
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
