namespace Media.Domain.Websites;

/// <summary>One line of a scored inspection: the sheet's item, how often it was found and the points it took.</summary>
public sealed record ScoreLine(string Item, string Name, int Times, decimal Points, bool Confirmed, string Source);

/// <summary>
/// A website inspection scored like the national sheet (SPEC §3.6): any confirmed veto fails it; otherwise the deductions
/// are taken from 100 and a total below 60 fails. The total is still computed under a veto, for the record.
/// </summary>
/// <param name="Total">100 minus the deductions, never below 0.</param>
/// <param name="Passed">No veto and <paramref name="Total"/> ≥ 60.</param>
/// <param name="Vetoes">The confirmed vetoes, as given (distinct).</param>
/// <param name="Lines">The sheet's lines that deducted points, in the sheet's order.</param>
public sealed record WebsiteScore(decimal Total, bool Passed, IReadOnlyList<string> Vetoes, IReadOnlyList<ScoreLine> Lines)
{
    public const decimal Full = 100;
    public const decimal PassMark = 60;

    /// <summary>Whether a line used has points not confirmed from a published source: the report must say so.</summary>
    public bool HasUnconfirmedPoints => Lines.Any(l => !l.Confirmed);

    /// <summary>Scores an inspection.</summary>
    /// <param name="confirmedVetoes">Website veto rule ids a supervisor confirmed (e.g. <c>site-home-stale</c>).</param>
    /// <param name="deductions">Sheet item ids with how many times each problem was found; an item given twice adds up.</param>
    /// <param name="sheet">The deduction sheet.</param>
    /// <exception cref="ArgumentException">An unknown item, a negative count, or a veto id that is not a website veto.</exception>
    public static WebsiteScore Score(IReadOnlyList<string> confirmedVetoes, IReadOnlyList<(string item, int times)> deductions, DeductionSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(confirmedVetoes);
        ArgumentNullException.ThrowIfNull(deductions);
        ArgumentNullException.ThrowIfNull(sheet);

        var notVetoes = confirmedVetoes.Where(v => !WebsiteRules.IsKnown(v) || WebsiteRules.KindOf(v) != Monitoring.RuleKind.Veto).ToList();
        if (notVetoes.Count > 0)
        {
            throw new ArgumentException("不是网站单项否决规则 (not a website veto): " + string.Join(", ", notVetoes), nameof(confirmedVetoes));
        }

        var unknown = deductions.Where(d => sheet.Find(d.item) is null).Select(d => d.item).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("扣分表中没有这些扣分项 (not on the sheet): " + string.Join(", ", unknown), nameof(deductions));
        }

        if (deductions.Any(d => d.times < 0))
        {
            throw new ArgumentException("扣分次数不能为负 (times must not be negative)", nameof(deductions));
        }

        var times = deductions.GroupBy(d => d.item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(d => d.times), StringComparer.Ordinal);
        var lines = sheet.Items
            .Where(i => times.GetValueOrDefault(i.Id) > 0)
            .Select(i => new ScoreLine(i.Id, i.Name, times[i.Id], Math.Min(i.Points * times[i.Id], i.Max ?? decimal.MaxValue), i.Confirmed, i.Source))
            .ToList();
        var total = Math.Max(0, Full - lines.Sum(l => l.Points));
        var vetoes = confirmedVetoes.Distinct(StringComparer.Ordinal).ToList();
        return new WebsiteScore(total, vetoes.Count == 0 && total >= PassMark, vetoes, lines);
    }
}
