using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Domain.Monitoring;
using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Grains.Accounts;

namespace Media.Grains.Websites;

/// <summary>
/// The website rules applied to a website's account state (SPEC §3.6): keeps what the probes and checks observed
/// (<see cref="SiteWatch"/>), asks <see cref="WebsiteJudge"/> what holds, and opens or resolves episodes in the book.
/// </summary>
internal sealed class WebsiteMonitor(AccountState state, ViolationBook book, WebsiteOptions options, ContentLexicons lexicons)
{
    /// <summary>Checks are kept a day longer than the rule's week, so a sweep a little late still sees the whole window.</summary>
    public static readonly TimeSpan KeptChecks = TimeSpan.FromDays(8);

    /// <summary>The days the website page shows availability for.</summary>
    public const int AvailabilityDays = 7;

    private const string Ok = "ok";

    /// <summary>The rules the judge decides; <c>site-content-error</c> comes from the lexicon and ends only by review.</summary>
    private static readonly ImmutableArray<string> Judged = [.. WebsiteRules.All.Where(r => r != WebsiteRules.ContentError)];

    private SiteWatch Watch => state.Site ??= new SiteWatch();

    private AccountSnapshot Record => state.Record!;

    private WebsiteProfile Profile => Record.Website ?? new WebsiteProfile(Record.Profile.Url ?? string.Empty, null, null, []);

    /// <summary>Takes a content probe: a good home read replaces the home facts; each column keeps its last good reading.</summary>
    public void TakeProbe(SiteProbeReport report, DateTimeOffset now)
    {
        var watch = Watch;
        if (report.Status == Ok)
        {
            watch.HomeReadAt = report.ProbedAt;
            watch.HomeNewest = report.HomeNewest;
            watch.HomeNavigationOnly = report.HomeNavigationOnly;
            watch.Footer = report.Footer;
            watch.FooterReadAt = report.ProbedAt;
            var declared = Profile.Columns.Select(c => c.Url).ToHashSet(StringComparer.Ordinal);
            watch.Discovered = [.. Listed(report.Navigation).Where(c => !declared.Contains(c.Url))
                .DistinctBy(c => c.Url).Select(c => c with { Confirmed = false })];
            CheckTitle(report.HomeNewest, "首页", now);
        }

        foreach (var reading in Listed(report.Columns))
        {
            watch.Columns.TryGetValue(reading.Url, out var before);
            watch.Columns[reading.Url] = reading.Status == Ok
                ? new SiteColumnSeen(report.ProbedAt, reading.ItemCount, reading.Newest, Listed(reading.Questions), Ok, report.ProbedAt)
                : (before ?? new SiteColumnSeen(null, 0, null, [], reading.Status, report.ProbedAt))
                    with { LastStatus = reading.Status, LastTriedAt = report.ProbedAt };
            if (reading.Status == Ok)
            {
                CheckTitle(reading.Newest, $"栏目“{NameOf(reading.Url)}”", now);
            }
        }

        Forget();
    }

    /// <summary>Adds checks not yet recorded (one per instant) and drops those older than <see cref="KeptChecks"/>.</summary>
    public SiteChecksResult TakeChecks(IReadOnlyList<SiteCheck> checks, DateTimeOffset now)
    {
        var watch = Watch;
        var known = watch.Checks.Select(c => c.At).ToHashSet();
        var accepted = 0;
        foreach (var check in checks)
        {
            if (known.Add(check.At))
            {
                watch.Checks.Add(check);
                accepted++;
            }
        }

        watch.Checks.Sort((a, b) => a.At.CompareTo(b.At));
        watch.Checks.RemoveAll(c => c.At < now - KeptChecks);
        return new SiteChecksResult(accepted, checks.Count - accepted);
    }

    /// <summary>A supervisor's columns replace the filed ones (all confirmed); a discovered column confirmed leaves the discovered list.</summary>
    public AccountSnapshot SetColumns(IReadOnlyList<WebsiteColumn> columns)
    {
        var confirmed = columns.Select(c => c with { Confirmed = true }).ToImmutableArray();
        var urls = confirmed.Select(c => c.Url).ToHashSet(StringComparer.Ordinal);
        Watch.Discovered.RemoveAll(c => urls.Contains(c.Url));
        state.Record = Record with
        {
            Website = Profile with { Columns = confirmed },
            // The record's interaction is the website's having an interaction column (as at its filing).
            Profile = Record.Profile with { Interaction = confirmed.Any(c => c.Category == ColumnCategories.Interaction) },
        };
        Forget();
        return state.Record;
    }

    /// <summary>
    /// Judges the website at <paramref name="at"/> and applies the verdicts: a rule that holds opens its episode, one that
    /// no longer holds resolves it, one the judge could not decide stays as it is. Nothing opens from content Media cannot
    /// see now (never read, or its reads failing); availability is judged from the checks alone.
    /// </summary>
    public void Evaluate(DateTimeOffset at)
    {
        var watch = Watch;
        if (Record.Status != AccountStatus.Active)
        {
            // A closed or cancelled site is not monitored: its machine episodes end, and the sweep no longer wakes it.
            foreach (var rule in Judged)
            {
                book.Resolve(rule, at, AccountMonitor.System);
            }

            watch.DueAt = null;
            watch.NotObserved = [];
            return;
        }

        if (!Observed(watch))
        {
            // No observation at all: no verdict, and nothing for the judge to weigh.
            watch.DueAt = null;
            watch.NotObserved = [.. Judged];
            return;
        }

        var judgement = WebsiteJudge.Judge(Facts(), Filed(), options, at);
        var holding = judgement.Findings.GroupBy(f => f.Rule)
            .ToDictionary(g => g.Key, g => string.Join("；", g.Select(f => f.Evidence)), StringComparer.Ordinal);
        var seen = AccountSight.Of(state) == Sight.Seen;
        foreach (var rule in Judged)
        {
            if (holding.TryGetValue(rule, out var evidence))
            {
                if (seen || rule == WebsiteRules.Unreachable)
                {
                    book.Open(rule, at, evidence);
                }
            }
            else if (!judgement.NotObserved.Contains(rule))
            {
                book.Resolve(rule, at, AccountMonitor.System);
            }
        }

        watch.DueAt = judgement.NextChangeAt;
        watch.NotObserved = [.. judgement.NotObserved];
    }

    /// <summary>What the judge weighs: the filed (confirmed) columns with their last good readings, the checks that count.</summary>
    public SiteFacts Facts()
    {
        var watch = Watch;
        var columns = Profile.Columns.Where(c => c.Confirmed).ToList();
        var facts = columns.Select(c => watch.Columns.TryGetValue(c.Url, out var seen)
            ? new ColumnFacts(c.Name, c.Category, seen.ReadAt, seen.ItemCount, Item(seen.Newest))
            : new ColumnFacts(c.Name, c.Category, null, 0, null)).ToList();
        var consultation = columns.Where(c => c.Category == ColumnCategories.Interaction)
            .Select(c => watch.Columns.GetValueOrDefault(c.Url))
            .OfType<SiteColumnSeen>()
            .Where(s => s.ReadAt is not null || s.LastStatus != "gap")
            .ToList();
        bool? works = consultation.Count == 0 ? null : consultation.Exists(s => s.LastStatus == Ok);
        var footer = watch.Footer is { } f ? new FooterFacts(f.SiteIdCode, f.Icp, f.PublicSecurity, f.Conac, f.Jiucuo, f.SiteMap) : null;
        return new SiteFacts(watch.HomeReadAt, Item(watch.HomeNewest), watch.HomeNavigationOnly, facts,
            [.. watch.Checks.Where(c => !c.Gap).Select(c => new SiteCheckFact(c.At, c.Ok))], footer, works,
            [.. consultation.SelectMany(s => s.Questions).Select(q => new QuestionFact(q.Title, q.AskedAt, q.AnsweredAt))]);
    }

    /// <summary>The website as its page shows it at <paramref name="now"/>.</summary>
    public WebsiteView View(IReadOnlyList<ViolationRecord> violations, DateTimeOffset now)
    {
        var watch = Watch;
        var columns = Profile.Columns.Select(c => watch.Columns.TryGetValue(c.Url, out var seen)
            ? new SiteColumnView(c, seen.ReadAt, seen.ItemCount, seen.Newest)
            : new SiteColumnView(c, null, 0, null));
        var notObserved = watch.NotObserved.Count == 0 && !Observed(watch) ? [.. Judged] : watch.NotObserved.ToImmutableArray();
        return new WebsiteView(Record, Profile, [.. columns], [.. watch.Discovered], Availability(now),
            watch.Footer, watch.HomeNewest, watch.HomeReadAt, notObserved, [.. violations]);
    }

    /// <summary>Checks per Beijing day over the last <see cref="AvailabilityDays"/> days, today last.</summary>
    public ImmutableArray<SiteAvailabilityDay> Availability(DateTimeOffset now)
    {
        var today = BeijingTime.DateOf(now);
        var byDay = Watch.Checks.ToLookup(c => BeijingTime.DateOf(c.At));
        return [.. Enumerable.Range(0, AvailabilityDays).Select(i => today.AddDays(i - AvailabilityDays + 1)).Select(day =>
        {
            var checks = byDay[day].ToList();
            var counted = checks.Where(c => !c.Gap).ToList();
            return new SiteAvailabilityDay(day, counted.Count, counted.Count(c => !c.Ok), checks.Count - counted.Count);
        })];
    }

    private static bool Observed(SiteWatch watch) =>
        watch.HomeReadAt is not null || watch.Checks.Exists(c => !c.Gap) || watch.Columns.Values.Any(c => c.ReadAt is not null);

    private FiledIdentifiers Filed() => new(Record.Handle, Profile.Icp, Profile.PublicSecurity);

    // A title of the home page or a column that a content lexicon matches is a suspected error, once per item.
    private void CheckTitle(SiteItemRecord? item, string where, DateTimeOffset now)
    {
        if (item is null)
        {
            return;
        }

        var key = item.Url ?? item.Title;
        foreach (var lexicon in lexicons.All)
        {
            var hits = lexicon.Match(item.Title);
            if (hits.Count > 0 && !book.Has(WebsiteRules.ContentError, key))
            {
                var published = item.PublishedAt is { } p ? AccountMonitor.Beijing(p) + "发布的" : string.Empty;
                book.Open(WebsiteRules.ContentError, now,
                    $"{where}{published}“{AccountMonitor.Clip(item.Title, 60)}”命中：{string.Join("、", hits)}{(item.Url is null ? "" : "；" + item.Url)}",
                    ViolationStatus.Suspected, key);
            }
        }
    }

    // Readings of columns neither filed nor discovered any longer are dropped: the state keeps only what can be shown.
    private void Forget()
    {
        var watch = Watch;
        var kept = Profile.Columns.Select(c => c.Url).Concat(watch.Discovered.Select(c => c.Url)).ToHashSet(StringComparer.Ordinal);
        foreach (var url in watch.Columns.Keys.Where(u => !kept.Contains(u)).ToList())
        {
            watch.Columns.Remove(url);
        }
    }

    private string NameOf(string url) =>
        Profile.Columns.Concat(Watch.Discovered).FirstOrDefault(c => c.Url == url)?.Name ?? url;

    private static SiteItem? Item(SiteItemRecord? item) => item is null ? null : new SiteItem(item.Title, item.PublishedAt, item.Url);

    private static ImmutableArray<T> Listed<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
