using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Domain.Validation;
using Media.Application.Accounts;

namespace Media.Application.Violations;

/// <summary>
/// The steps taken on one violation, as the API and the web pages both take them (SPEC §3.3, §3.5): reviewing a
/// suspected content hit, and rectification (notice, the unit's answer, verification). Always in this order:
/// validation (nothing changes on bad input), visibility (not found outside the caller's reach), role, and then
/// the account grain, which refuses a step the violation's state does not allow.
/// </summary>
public static class ViolationSteps
{
    /// <summary>The problem title of a step the violation's state does not allow.</summary>
    public const string StateConflict = "状态不允许此操作";

    public static async Task<Outcome<ViolationRecord>> NoticeAsync(Caller caller, string id, string? deadline, string? text, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new FieldErrors();
        DateOnly? day = null;
        if (deadline is not null)
        {
            if (FieldRules.Date(deadline, out var parsed) is { } error)
            {
                errors.Add("deadline", error);
            }
            else if (RectificationDeadline.Check(parsed, BeijingTime.Today(clock)) is { } outOfRange)
            {
                errors.Add("deadline", outOfRange);
            }
            else
            {
                day = parsed;
            }
        }

        OptionalText(text, "text", 2000, errors);
        return await RectifyAsync(caller, id, grains, errors, caller.IsUnit ? "整改通知由监管单位下发" : null,
            new RectificationStep(RectificationStepKind.Notice, caller.Username, day, text?.Trim()));
    }

    public static async Task<Outcome<ViolationRecord>> RespondAsync(Caller caller, string id, string? text, string? evidenceUrl, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.AddIfInvalid("text", FieldRules.RequiredText(text, 4000));
        if (evidenceUrl is not null)
        {
            errors.AddIfInvalid("evidenceUrl", FieldRules.HttpUrl(evidenceUrl));
        }

        return await RectifyAsync(caller, id, grains, errors, caller.IsSupervisor ? "整改情况由账号的主办单位回复" : null,
            new RectificationStep(RectificationStepKind.Response, caller.Username, Text: text?.Trim(), EvidenceUrl: evidenceUrl?.Trim()));
    }

    public static async Task<Outcome<ViolationRecord>> VerifyAsync(Caller caller, string id, bool? resolved, string? note, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (resolved is null)
        {
            errors.Add("resolved", "请说明整改是否通过（true 或 false）");
        }

        OptionalText(note, "note", 2000, errors);
        return await RectifyAsync(caller, id, grains, errors, caller.IsUnit ? "整改情况由监管单位核验" : null,
            new RectificationStep(RectificationStepKind.Verify, caller.Username, Text: note?.Trim(), Resolved: resolved));
    }

    /// <summary>
    /// Confirms or dismisses a suspected content hit, with the reviewer's reason (required to dismiss: a dismissed hit
    /// leaves no violation behind, so the reason is all that explains it). Only the account's supervising office
    /// (SPEC §3.2) or an office above it may dismiss: a city office must not clear a hit on an account the province supervises.
    /// </summary>
    public static async Task<Outcome<ViolationRecord>> ReviewAsync(Caller caller, string id, bool confirm, string? reason, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (confirm)
        {
            OptionalText(reason, "reason", 1000, errors);
        }
        else if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "请填写排除理由");
        }
        else
        {
            errors.AddIfInvalid("reason", FieldRules.RequiredText(reason, 1000));
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        if (await VisibleAccountOfAsync(caller, id, grains) is not { } accountId)
        {
            return NotFound();
        }

        if (caller.IsUnit)
        {
            return Refusal.Forbidden("疑似违规内容须由监管单位审核");
        }

        if (!confirm && await SupervisingOffice.OfAccountAsync(accountId, grains) is { } office && !caller.CoversRegion(office.Value))
        {
            return Refusal.Forbidden($"该账号由{LevelName(office.Level)}政务公开办监管，只有其监管单位或上级单位可以排除疑似问题");
        }

        var outcome = await grains.Ref<IAccountGrain>(accountId).ReviewAsync(id, confirm, caller.Username, reason?.Trim());
        return Settle(outcome, "只有“疑似”状态的内容命中可以确认或排除");
    }

    /// <summary>The violation if the caller may see its account; null otherwise.</summary>
    public static async Task<ViolationRecord?> FindAsync(Caller caller, string id, IGrainFactory grains)
    {
        if (await VisibleAccountOfAsync(caller, id, grains) is not { } accountId)
        {
            return null;
        }

        return (await grains.Ref<IAccountGrain>(accountId).GetViolationsAsync()).FirstOrDefault(v => v.Id == id);
    }

    private static async Task<Outcome<ViolationRecord>> RectifyAsync(Caller caller, string id, IGrainFactory grains, FieldErrors errors, string? forbidden,
        RectificationStep step)
    {
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        if (await VisibleAccountOfAsync(caller, id, grains) is not { } accountId)
        {
            return NotFound();
        }

        if (forbidden is not null)
        {
            return Refusal.Forbidden(forbidden);
        }

        var outcome = await grains.Ref<IMonitoredAccount>(accountId).RectifyAsync(id, step);
        return Settle(outcome, step.Kind switch
        {
            RectificationStepKind.Notice => "只有未整改、已通知或已逾期的问题可以下发整改通知",
            RectificationStepKind.Response => "只有已下发整改通知、尚未核验通过的问题可以回复",
            _ => "只有单位已回复整改情况、尚未核验通过的问题可以核验",
        });
    }

    private static async Task<string?> VisibleAccountOfAsync(Caller caller, string id, IGrainFactory grains) =>
        ViolationRecord.AccountOf(id) is { } accountId && await AccountAccess.ViolationsVisibleAsync(accountId, caller, grains)
            ? accountId
            : null;

    private static Outcome<ViolationRecord> Settle(ReviewOutcome outcome, string conflict) => outcome switch
    {
        { Violation: null } => Refusal.NotFound("违规记录不存在"),
        { Changed: true } => outcome.Violation,
        _ => Refusal.Conflict(conflict, StateConflict),
    };

    private static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省级",
        RegionLevel.City => "市级",
        _ => "县级",
    };

    private static Refusal NotFound() => Refusal.NotFound("违规记录不存在或不在您的管辖范围内");

    private static void OptionalText(string? text, string field, int max, FieldErrors errors)
    {
        if (text is not null)
        {
            errors.AddIfInvalid(field, FieldRules.RequiredText(text, max));
        }
    }
}
