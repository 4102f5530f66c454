using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Application.Monitoring;
using Media.Domain.Validation;

namespace Media.Application.Websites;

/// <summary>
/// Availability checks pushed by an external monitor (<c>POST /api/websites/{id}/checks</c>), counted like Media's own
/// probes; the whole batch is refused if one check is wrong.
/// </summary>
public static class WebsiteChecks
{
    public const int MaxItems = 5000;

    /// <summary>A check may be dated a little ahead of Media's clock (the monitor's clock may run fast).</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>How many checks were new and how many repeated an instant already recorded.</summary>
    public static async Task<Outcome<SiteChecksResult>> PushAsync(AccountSnapshot website, IReadOnlyList<SiteCheckRequest?>? body,
        IGrainFactory grains, DateTimeOffset now)
    {
        if (body is null || body.Count > MaxItems)
        {
            return Refusal.Invalid("body", $"须为检测记录数组，每次最多{MaxItems}条");
        }

        var errors = new FieldErrors();
        var checks = new List<SiteCheck>(body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            if (Validate(body[i] ?? new SiteCheckRequest(null, null, null), $"[{i}].", now, errors) is { } check)
            {
                checks.Add(check);
            }
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        return await grains.Ref<IMonitoredWebsite>(website.Id).RecordSiteChecksAsync([.. checks]);
    }

    private static SiteCheck? Validate(SiteCheckRequest check, string prefix, DateTimeOffset now, FieldErrors errors)
    {
        var before = errors.Count;
        if (!PostValidator.TryParseInstant(check.At, out var at))
        {
            errors.Add(prefix + "at", "检测时间须为带时区的 ISO 8601 时间，如 2026-11-26T09:30:00+08:00");
        }
        else if (at > now + FutureTolerance)
        {
            errors.Add(prefix + "at", "检测时间不能晚于当前时间");
        }
        else if (at < now - WebsiteWindow)
        {
            errors.Add(prefix + "at", $"只接受最近{WebsiteWindow.TotalDays:0}天内的检测记录");
        }

        if (check.Ok is null)
        {
            errors.Add(prefix + "ok", "请说明首页是否正常打开（ok: true 或 false）");
        }

        if (check.Ms < 0)
        {
            errors.Add(prefix + "ms", "耗时不能为负数");
        }

        return errors.Count > before ? null : new SiteCheck(at, check.Ok!.Value, check.Ms, "push");
    }

    /// <summary>The checks a website keeps: older ones would be dropped on arrival.</summary>
    private static readonly TimeSpan WebsiteWindow = TimeSpan.FromDays(8);
}
