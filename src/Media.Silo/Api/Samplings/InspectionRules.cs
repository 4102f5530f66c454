using System.Collections.Immutable;
using Media.Abstractions.Sampling;
using Media.Domain.Monitoring;
using Media.Domain.Validation;

namespace Media.Silo.Api.Samplings;

/// <summary>
/// What makes an inspection valid: the account is in the sample or the re-check list, the verdict is given,
/// findings name known rules, a confirmed veto means fail (SPEC §3.4), and a fail names at least one problem.
/// </summary>
public static class InspectionRules
{
    public const string Other = "other";
    private const int MaxFindings = 50;

    public static ImmutableArray<InspectionFinding> Validate(InspectionRequest body, SamplingRecord sampling, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(body.AccountId))
        {
            errors.Add("accountId", "不能为空");
        }
        else if (sampling.Member(body.AccountId) is null)
        {
            errors.Add("accountId", "该账号不在本次抽查样本或复查名单中");
        }

        if (body.Passed is null)
        {
            errors.Add("passed", "请填写检查结论（true 合格，false 不合格）");
        }

        var findings = ImmutableArray.CreateBuilder<InspectionFinding>();
        if (body.Findings is { Count: > MaxFindings })
        {
            errors.Add("findings", $"每个账号最多记录{MaxFindings}项问题");
            return [];
        }

        for (var i = 0; i < (body.Findings?.Count ?? 0); i++)
        {
            var f = body.Findings![i];
            if (f is null || (f.Rule != Other && !MonitoringRules.IsKnown(f.Rule)))
            {
                errors.Add($"findings[{i}].rule", "未知的问题类型：" + string.Join("、", MonitoringRules.All) + "、" + Other);
                continue;
            }

            if (f.Note is not null && FieldRules.RequiredText(f.Note, 500) is { } noteError)
            {
                errors.Add($"findings[{i}].note", noteError);
                continue;
            }

            findings.Add(new InspectionFinding(f.Rule!, f.Note?.Trim(), f.Confirmed ?? true));
        }

        var confirmed = findings.Where(f => f.Confirmed).ToList();
        if (body.Passed == true && confirmed.Any(f => f.Rule != Other && MonitoringRules.KindOf(f.Rule) == RuleKind.Veto))
        {
            errors.Add("passed", "已确认存在单项否决问题的账号应判定为不合格");
        }

        if (body.Passed == false && confirmed.Count == 0)
        {
            errors.Add("findings", "判定不合格时请至少确认一项问题");
        }

        return findings.ToImmutable();
    }
}
