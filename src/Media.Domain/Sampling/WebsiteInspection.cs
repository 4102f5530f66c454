using Media.Domain.Validation;
using Media.Domain.Websites;

namespace Media.Domain.Sampling;

/// <summary>A deduction line as an inspector gives it: a sheet item and how many times it applies (default once).</summary>
public sealed record DeductionInput(string? Item, int? Times);

/// <summary>A deduction line that passed the checks, with the item's name, points per time and confirmation as the sheet had them.</summary>
public sealed record CheckedDeduction(string Item, string Name, int Times, decimal Points, bool Confirmed);

/// <summary>
/// What a website's inspection comes to: its score, whether it passed, the deduction lines it rests on and the footer
/// identifiers found missing. <see cref="UsesUnconfirmed"/>: a line's points are not confirmed yet (未确认分值).
/// </summary>
public sealed record WebsiteVerdict(decimal Score, bool Passed, IReadOnlyList<CheckedDeduction> Deductions, IReadOnlyList<string> MissingIdentifiers)
{
    public bool UsesUnconfirmed => Deductions.Any(d => !d.Confirmed);
}

/// <summary>
/// A website inspection scores like the national sheet (SPEC §3.6): any confirmed veto ⇒ 不合格, otherwise the deduction
/// lines are summed against 100 by <see cref="WebsiteScore"/> and below 60 is 不合格. The verdict is the score's: an
/// inspector may state it, but a stated verdict the score contradicts is refused rather than recorded.
/// </summary>
public static class WebsiteInspection
{
    public const int MaxDeductions = 100;
    public const int MaxTimes = 100;

    /// <summary>The unconfirmed-points mark, in the sheet, the inspection page and the 通报.</summary>
    public const string UnconfirmedMark = "未确认分值";

    /// <summary>
    /// The verdict of a website whose findings already passed <see cref="InspectionRules.Validate"/>; null when
    /// something is wrong, with every problem in <paramref name="errors"/>. <paramref name="sheet"/> null: no sheet configured.
    /// </summary>
    public static WebsiteVerdict? Score(IReadOnlyList<CheckedFinding> findings, bool? passed, IReadOnlyList<DeductionInput?>? deductions,
        IReadOnlyList<string?>? missingIdentifiers, DeductionSheet? sheet, FieldErrors errors)
    {
        var lines = Lines(deductions, sheet, errors);
        var missing = Missing(missingIdentifiers, errors);
        if (!errors.IsEmpty || lines is null)
        {
            return null;
        }

        var vetoes = findings.Where(f => f.Confirmed && ProblemRules.IsVeto(f.Rule)).Select(f => f.Rule).Distinct().ToList();
        var score = WebsiteScore.Score(vetoes, [.. lines.Select(l => (l.Item, l.Times))], sheet!);
        decimal total = score.Total;
        if (passed is { } stated && stated != score.Passed)
        {
            errors.Add("passed", vetoes.Count > 0
                ? "已确认存在单项否决问题的网站应判定为不合格"
                : $"按扣分表计算该网站得分为{total:0.##}分，应判定为{(score.Passed ? "合格" : "不合格")}");
            return null;
        }

        return new WebsiteVerdict(total, score.Passed, lines, missing);
    }

    private static List<CheckedDeduction>? Lines(IReadOnlyList<DeductionInput?>? deductions, DeductionSheet? sheet, FieldErrors errors)
    {
        if (sheet is null)
        {
            errors.Add("deductions", "尚未配置网站扣分表（silo-config/websites/deductions.json），无法为网站评分");
            return null;
        }

        if (deductions is { Count: > MaxDeductions })
        {
            errors.Add("deductions", $"每个网站最多记录{MaxDeductions}项扣分");
            return null;
        }

        var lines = new List<CheckedDeduction>();
        for (var i = 0; i < (deductions?.Count ?? 0); i++)
        {
            var d = deductions![i];
            var item = sheet.Items.FirstOrDefault(x => x.Id == d?.Item);
            if (item is null)
            {
                errors.Add($"deductions[{i}].item", "扣分表中没有该扣分项：" + string.Join("、", sheet.Items.Select(x => x.Id)));
            }
            else if (d!.Times is < 1 or > MaxTimes)
            {
                errors.Add($"deductions[{i}].times", $"扣分次数应在1至{MaxTimes}之间");
            }
            else if (lines.Any(l => l.Item == item.Id))
            {
                errors.Add($"deductions[{i}].item", "同一扣分项只记录一次，多次扣分请填写次数");
            }
            else
            {
                lines.Add(new CheckedDeduction(item.Id, item.Name, d.Times ?? 1, item.Points, item.Confirmed));
            }
        }

        return lines;
    }

    private static List<string> Missing(IReadOnlyList<string?>? ids, FieldErrors errors)
    {
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (!SiteIdentifiers.IsKnown(ids![i]))
            {
                errors.Add($"missingIdentifiers[{i}]", "未知的网站标识：" + string.Join("、", SiteIdentifiers.All));
            }
        }

        return [.. SiteIdentifiers.All.Where(id => ids?.Contains(id) == true)];
    }
}
