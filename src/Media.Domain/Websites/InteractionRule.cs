namespace Media.Domain.Websites;

/// <summary>
/// <c>site-interaction-poor</c> (互动回应差): no working consultation channel, or a message asked within the past year
/// that stayed unanswered for <see cref="WebsiteOptions.UnansweredMonths"/> calendar months (answered late, or not yet).
/// </summary>
/// <remarks>
/// Every published question counts: whether a message is "valid" (有效留言) is a reviewer's call the page does not show.
/// A question is late from asked + 3 months (Beijing calendar) until asked + 1 year, when it leaves the past year.
/// </remarks>
internal static class InteractionRule
{
    private const int YearMonths = 12;

    public static RuleVerdict Judge(bool? consultationWorks, IReadOnlyList<QuestionFact> questions, WebsiteOptions options, DateTimeOffset at)
    {
        if (consultationWorks is null && questions.Count == 0)
        {
            return RuleVerdict.Unobserved;
        }

        var parts = new List<string>();
        if (consultationWorks == false)
        {
            parts.Add("未提供可用的网上咨询渠道");
        }

        foreach (var question in questions.Where(q => IsLate(q, options, at)).OrderBy(q => q.AskedAt))
        {
            var answer = question.AnsweredAt is { } answered && answered <= at
                ? $"{RuleClock.Date(answered)}才答复"
                : $"至{RuleClock.Date(at)}未答复";
            parts.Add($"留言《{question.Title}》{RuleClock.Date(question.AskedAt)}提交，{answer}，超过{options.UnansweredMonths}个月");
        }

        // A missing channel holds whatever the clock does; otherwise only questions crossing their dates change the verdict.
        var next = consultationWorks == false ? null : NextChange(questions, options, at, parts.Count > 0);
        return parts.Count > 0 ? RuleVerdict.Holds(string.Join("；", parts), next) : RuleVerdict.Clear(next);
    }

    private static bool IsLate(QuestionFact question, WebsiteOptions options, DateTimeOffset at)
    {
        var lateFrom = RuleClock.AfterMonths(question.AskedAt, options.UnansweredMonths);
        return at >= lateFrom
            && at < RuleClock.AfterMonths(question.AskedAt, YearMonths)
            && (question.AnsweredAt is not { } answered || answered >= lateFrom);
    }

    private static DateTimeOffset? NextChange(IReadOnlyList<QuestionFact> questions, WebsiteOptions options, DateTimeOffset at, bool holds) =>
        questions
            .SelectMany(q => new[] { RuleClock.AfterMonths(q.AskedAt, options.UnansweredMonths), RuleClock.AfterMonths(q.AskedAt, YearMonths) })
            .Where(t => t > at)
            .Order()
            .Cast<DateTimeOffset?>()
            .FirstOrDefault(t => questions.Any(q => IsLate(q, options, t!.Value)) != holds);
}
