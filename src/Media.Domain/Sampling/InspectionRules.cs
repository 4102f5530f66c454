using Media.Domain.Validation;

namespace Media.Domain.Sampling;

/// <summary>A finding as an inspector gives it: a rule, an optional note, and whether it is confirmed (default yes).</summary>
public sealed record FindingInput(string? Rule, string? Note, bool? Confirmed);

/// <summary>A finding that passed the checks.</summary>
public sealed record CheckedFinding(string Rule, string? Note, bool Confirmed);

/// <summary>
/// What makes an inspection valid: the account is in the sample or the re-check list, the verdict is given,
/// findings name known rules, a confirmed veto means fail (SPEC §3.4), and a fail names at least one problem.
/// </summary>
public static class InspectionRules
{
    /// <summary>A problem no monitoring rule names, described in the note.</summary>
    public const string Other = "other";

    public const int MaxFindings = 50;

    /// <summary>
    /// The checked findings of an inspection of <paramref name="accountId"/> (<paramref name="isMember"/>: whether it is in
    /// the sampling's sample or re-check list); every problem goes into <paramref name="errors"/>. A website
    /// (<paramref name="website"/>) names the website rules, and its verdict may be left to its score
    /// (<see cref="WebsiteInspection"/>), which also says whether a fail names a problem.
    /// </summary>
    public static IReadOnlyList<CheckedFinding> Validate(string? accountId, bool isMember, bool? passed,
        IReadOnlyList<FindingInput?>? findings, FieldErrors errors, bool website = false)
    {
        if (string.IsNullOrWhiteSpace(accountId))
        {
            errors.Add("accountId", "不能为空");
        }
        else if (!isMember)
        {
            errors.Add("accountId", "该账号不在本次抽查样本或复查名单中");
        }

        if (passed is null && !website)
        {
            errors.Add("passed", "请填写检查结论（true 合格，false 不合格）");
        }

        if (findings is { Count: > MaxFindings })
        {
            errors.Add("findings", $"每个账号最多记录{MaxFindings}项问题");
            return [];
        }

        var rules = ProblemRules.For(website ? Accounts.Platforms.Website : null);
        var valid = new List<CheckedFinding>();
        for (var i = 0; i < (findings?.Count ?? 0); i++)
        {
            var f = findings![i];
            if (f is null || (f.Rule != Other && !rules.Contains(f.Rule)))
            {
                errors.Add($"findings[{i}].rule", "未知的问题类型：" + string.Join("、", rules) + "、" + Other);
                continue;
            }

            if (f.Note is not null && FieldRules.RequiredText(f.Note, 500) is { } noteError)
            {
                errors.Add($"findings[{i}].note", noteError);
                continue;
            }

            valid.Add(new CheckedFinding(f.Rule!, f.Note?.Trim(), f.Confirmed ?? true));
        }

        var confirmed = valid.Where(f => f.Confirmed).ToList();
        if (passed == true && confirmed.Any(f => ProblemRules.IsVeto(f.Rule)))
        {
            errors.Add("passed", "已确认存在单项否决问题的账号应判定为不合格");
        }

        if (passed == false && confirmed.Count == 0 && !website)
        {
            errors.Add("findings", "判定不合格时请至少确认一项问题");
        }

        return valid;
    }
}
