using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Media.Probes.Extractors;

namespace Media.Probes.Sites;

/// <summary>
/// The messages a consultation column (咨询/信箱) publishes with their asked and answered dates: a table whose
/// header names both dates (标题 | 留言时间 | 回复时间, 来信日期 | 答复日期), or list entries that print
/// "留言时间：… 答复时间：…". An answer cell saying 未回复/待回复, or empty, is an unanswered message.
/// </summary>
internal static partial class SiteQuestions
{
    private static readonly string[] Unanswered = ["未回复", "待回复", "未答复", "待答复", "办理中", "处理中"];

    public static IReadOnlyList<SiteQuestion> Find(HtmlDocument document, DateTimeOffset now)
    {
        var questions = new List<SiteQuestion>();
        foreach (var table in HtmlPages.Select(document.DocumentNode, "//table"))
        {
            questions.AddRange(FromTable(table, now));
        }

        var labelled = HtmlPages.Select(document.DocumentNode, "//li|//dd|//div|//p|//tr")
            .Where(n => Labelled(SiteHtml.Text(n)))
            .ToList();
        // The innermost element that carries both labels is the message; its ancestors carry them too.
        foreach (var entry in labelled.Where(n => !labelled.Any(o => o != n && o.Ancestors().Contains(n))))
        {
            if (FromEntry(entry, now) is { } question)
            {
                questions.Add(question);
            }
        }

        return questions;
    }

    private static bool Labelled(string text) => AskedLabel().IsMatch(text) && AnsweredLabel().IsMatch(text);

    private static IEnumerable<SiteQuestion> FromTable(HtmlNode table, DateTimeOffset now)
    {
        var rows = HtmlPages.Select(table, "./tr|./thead/tr|./tbody/tr").ToList();
        var header = rows.FirstOrDefault(r => Cells(r).Select(SiteHtml.Text).Any(t => AskedHeader().IsMatch(t)));
        if (header is null)
        {
            yield break;
        }

        var names = Cells(header).Select(SiteHtml.Text).ToList();
        var asked = names.FindIndex(t => AskedHeader().IsMatch(t));
        var answered = names.FindIndex(t => AnsweredHeader().IsMatch(t));
        if (answered < 0)
        {
            yield break;
        }

        var titled = names.FindIndex(t => t.Contains("标题", StringComparison.Ordinal) || t.Contains("主题", StringComparison.Ordinal));
        foreach (var row in rows.SkipWhile(r => r != header).Skip(1))
        {
            var cells = Cells(row).ToList();
            if (cells.Count <= Math.Max(asked, answered) || SiteDates.InText(SiteHtml.Text(cells[asked]), now) is not { } askedAt)
            {
                continue;
            }

            var titleCell = titled >= 0 && titled < cells.Count ? cells[titled] : cells.FirstOrDefault(c => SiteHtml.Links(c).Any()) ?? cells[0];
            yield return new SiteQuestion(TitleOf(titleCell, SiteHtml.Text(titleCell)), askedAt, AnswerDate(SiteHtml.Text(cells[answered]), now));
        }
    }

    private static SiteQuestion? FromEntry(HtmlNode entry, DateTimeOffset now)
    {
        var text = SiteHtml.Text(entry);
        var askedLabel = AskedLabel().Match(text);
        var answeredLabel = AnsweredLabel().Match(text);
        var askedText = answeredLabel.Index > askedLabel.Index
            ? text[(askedLabel.Index + askedLabel.Length)..answeredLabel.Index]
            : text[(askedLabel.Index + askedLabel.Length)..];
        if (SiteDates.InText(askedText, now) is not { } askedAt)
        {
            return null;
        }

        var answerText = text[(answeredLabel.Index + answeredLabel.Length)..];
        if (askedLabel.Index > answeredLabel.Index)
        {
            answerText = answerText[..(askedLabel.Index - answeredLabel.Index - answeredLabel.Length)];
        }

        var before = text[..Math.Min(askedLabel.Index, answeredLabel.Index)].Trim(' ', '|', '｜', '[', ']', '【', '】');
        return new SiteQuestion(TitleOf(entry, before), askedAt, AnswerDate(answerText, now));
    }

    private static DateTimeOffset? AnswerDate(string text, DateTimeOffset now)
    {
        var value = text.TrimStart(' ', ':', '：');
        return value.Length == 0 || Unanswered.Any(u => value.StartsWith(u, StringComparison.Ordinal)) ? null : SiteDates.InText(value, now);
    }

    private static string TitleOf(HtmlNode node, string fallback) =>
        SiteHtml.Links(node).Select(SiteHtml.Title).FirstOrDefault(t => t.Length > 0) ?? fallback;

    private static IEnumerable<HtmlNode> Cells(HtmlNode row) => row.ChildNodes.Where(c => c.Name is "td" or "th");

    [GeneratedRegex(@"(留言|来信|提问|咨询|提交)(时间|日期)", RegexOptions.CultureInvariant)]
    private static partial Regex AskedHeader();

    [GeneratedRegex(@"(回复|答复|办结)(时间|日期)", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredHeader();

    [GeneratedRegex(@"(留言|来信|提问|咨询)(时间|日期)\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex AskedLabel();

    [GeneratedRegex(@"(回复|答复)(时间|日期)\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredLabel();
}
