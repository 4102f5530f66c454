namespace Media.Domain.Websites;

/// <summary>
/// Applies the website rules of SPEC §3.6 to what Media last observed of a site. Pure: the account grain (a website is
/// filed on the account rails) and the region index's sweep call the same function.
/// </summary>
/// <remarks>
/// <c>site-content-error</c> is not judged here: the grain raises it from a lexicon as suspected. A rule without the
/// observation it needs is listed in <see cref="SiteJudgement.NotObserved"/> and never found. Days are 24-h spans and
/// months Beijing calendar months (see <see cref="RuleClock"/>). <see cref="SiteJudgement.NextChangeAt"/> is the
/// earliest instant after <c>at</c> at which a rule can start or stop holding, or become (un)observable, with no new
/// observation; evidence wording (counts, dates) may change earlier without waking the site.
/// </remarks>
public static class WebsiteJudge
{
    public static SiteJudgement Judge(SiteFacts facts, FiledIdentifiers filed, WebsiteOptions options, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(options);

        (string Rule, RuleVerdict Verdict)[] verdicts =
        [
            (WebsiteRules.Unreachable, UnreachableRule.Judge(facts.Checks, options, at)),
            (WebsiteRules.HomeStale, HomeStaleRule.Judge(facts, options, at)),
            (WebsiteRules.ColumnsStale, ColumnsStaleRule.Judge(facts.Columns, options, at)),
            (WebsiteRules.InteractionPoor, InteractionRule.Judge(facts.ConsultationWorks, facts.Questions, options, at)),
            (WebsiteRules.Identifiers, IdentifiersRule.Judge(facts.Footer, filed)),
        ];

        return new SiteJudgement(
            [.. verdicts.Where(v => v.Verdict.Evidence is not null).Select(v => new SiteFinding(v.Rule, v.Verdict.Evidence!))],
            [.. verdicts.Where(v => v.Verdict.NotObserved).Select(v => v.Rule)],
            verdicts.Select(v => v.Verdict.NextChangeAt).Min());
    }
}
