using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Grains.Websites;

namespace Media.Grains.Accounts;

/// <summary>
/// The monitoring rules applied to one account's state: posts, episodes, probes. A website (platform <c>website</c>) gets
/// the website rules (<see cref="WebsiteMonitor"/>) instead of the accounts' time-based ones.
/// </summary>
internal sealed class AccountMonitor(AccountState state, MonitoringOptions options, ContentLexicons lexicons,
    WebsiteOptions? websiteOptions = null)
{
    public const string System = "system";

    // An account discovered but not yet filed has violations (filing-missing) before it has a record.
    public ViolationBook Book { get; } = new(state, state.Record?.Id ?? state.Discovery!.AccountId);

    private WebsiteMonitor? _website;

    /// <summary>The website side of this record (only for a filed website).</summary>
    public WebsiteMonitor Website => _website ??= new(state, Book, websiteOptions ?? new WebsiteOptions(), lexicons);

    private bool IsWebsite => state.Record?.Platform == Platforms.Website;

    private AccountSnapshot Record => state.Record!;

    /// <summary>
    /// Keeps the new posts of a batch and raises suspected content hits; duplicates by post id. New posts are an
    /// observation by <paramref name="source"/>.
    /// </summary>
    public IngestResult Ingest(IReadOnlyList<IncomingPost> posts, DateTimeOffset now, ObservationSource source)
    {
        var seen = state.Posts.Select(p => p.PostId).ToHashSet(StringComparer.Ordinal);
        var accepted = 0;
        foreach (var post in posts)
        {
            if (!seen.Add(post.PostId))
            {
                continue;
            }

            accepted++;
            if (state.LastPostAt is not { } last || post.PublishedAt > last)
            {
                state.LastPostAt = post.PublishedAt;
                state.LastPostSeen = new Observation(now, source);
            }

            state.Posts.Add(new PostRecord(post.PostId, post.PublishedAt, Clip(post.Title, 200), post.Url, post.Repost,
                post.Likes, post.Comments, post.Shares, post.Reads, now, source));
            CheckContent(post, now);
        }

        if (accepted > 0)
        {
            Observe(now, source);
            state.Posts.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
            Trim(now);

            // A post can end silence episodes; opening them is the sweep's job, at its own check time.
            Evaluate(now, openTimeBased: false);
        }

        return new IngestResult(accepted, posts.Count - accepted);
    }

    /// <summary>Opens and resolves episodes as of <paramref name="at"/>; with <paramref name="openTimeBased"/>
    /// false, the silence and frequency rules only resolve.</summary>
    public void Evaluate(DateTimeOffset at, bool openTimeBased = true)
    {
        // A website's verdicts follow its observations as soon as they come; its time-based changes are the judge's
        // NextChangeAt, at which the sweep wakes it.
        if (IsWebsite)
        {
            Website.Evaluate(at);
        }
        else
        {
            EvaluateAccount(at, openTimeBased);
        }

        if (openTimeBased)
        {
            ApplyDeadlines(at);
        }
    }

    private void EvaluateAccount(DateTimeOffset at, bool openTimeBased)
    {
        // Never observed: no time-based episode; blind: nothing opens, but a post seen meanwhile still resolves.
        var plan = EpisodePlan.Decide(Record.OpenedOn, state.LastPostAt, NthLastPostAt(), Record.Status == AccountStatus.Active,
            AccountSight.Of(state), Current(), at, options);
        var since = Silence.SilentSince(Record.OpenedOn, state.LastPostAt);
        var days = (int)(at - since).TotalDays;
        var lastText = SilenceEvidence.LastSeen(state);
        Apply(MonitoringRules.NoUpdate, plan.NoUpdate, at, openTimeBased, $"{lastText}，截至{Beijing(at)}已连续{days}天无更新（要求：{options.NoUpdateDays}天内至少更新一次）");
        Apply(MonitoringRules.NoUpdateWarning, plan.Warning, at, openTimeBased,
            $"{lastText}，已{days}天无更新，如仍不更新，自{Beijing(since + TimeSpan.FromDays(options.NoUpdateDays))}起将被判定为单项否决（{options.NoUpdateDays}天未更新）");
        Apply(MonitoringRules.LowFrequency, plan.LowFrequency, at, openTimeBased,
            $"近{options.LowFrequencyWindowDays}天更新少于{options.LowFrequencyPosts}条");
        Apply(MonitoringRules.NoInteraction, Record.Status == AccountStatus.Active && !Record.Profile.Interaction, at, true,
            "备案信息显示该账号未提供留言、评论或私信等互动功能");
        var appDown = AppAvailability.IsUnavailable(Record.Platform, state.AppFailures, state.AppFailingSince,
            Book.Active(MonitoringRules.AppUnavailable) is not null, at, options);
        Apply(MonitoringRules.AppUnavailable, appDown, at, true,
            $"自{(state.AppFailingSince is { } f ? Beijing(f) : "")}起连续{state.AppFailures}次检测无法下载或打开");
    }

    /// <summary>
    /// Rectifying violations whose notice has run out at <paramref name="at"/> become overdue; unanswered ones near their
    /// deadline are reminded (once per round).
    /// </summary>
    public void ApplyDeadlines(DateTimeOffset at)
    {
        foreach (var late in state.Violations.Where(v => RectificationFlow.IsOverdue(v, at)).ToList())
        {
            Book.Replace(late, late with { Status = ViolationStatus.Overdue });
        }

        foreach (var near in state.Violations.Where(v => RectificationFlow.IsReminderDue(v, at)).ToList())
        {
            Book.Replace(near, RectificationFlow.Remind(near, at, System));
        }
    }

    /// <summary>Takes a probe's findings: posts and followers, the monitoring gap, app availability.</summary>
    public void RecordProbe(ProbeReport report, DateTimeOffset now)
    {
        state.LastProbedAt = report.ProbedAt;
        var ok = report.Status == "ok";
        if (report.IsAvailabilityCheck)
        {
            state.AppFailures = ok ? 0 : state.AppFailures + 1;
            state.AppFailingSince = ok ? null : state.AppFailingSince ?? report.ProbedAt;
        }
        else
        {
            NoteRead(report.Status, report.Detail, report.ProbedAt);
        }

        if (report.Followers is { } followers)
        {
            state.Followers = followers;
        }

        if (Ingest(report.Posts, now, ObservationSource.Probe).Accepted == 0)
        {
            Evaluate(now, openTimeBased: false);
        }
    }

    /// <summary>Takes a website's content probe: the home read is its observation (or its gap), then the website rules.</summary>
    public void RecordSiteProbe(SiteProbeReport report, DateTimeOffset now)
    {
        state.LastProbedAt = report.ProbedAt;
        NoteRead(report.Status, report.Detail, report.ProbedAt);
        Website.TakeProbe(report, now);
        Evaluate(now, openTimeBased: false);
    }

    /// <summary>Takes a website's availability checks (an observation of availability only) and judges at once.</summary>
    public SiteChecksResult RecordSiteChecks(IReadOnlyList<SiteCheck> checks, DateTimeOffset now)
    {
        var result = Website.TakeChecks(checks, now);
        Evaluate(now, openTimeBased: false);
        return result;
    }

    // The monitoring gap after a content read: a good read is an observation and ends the gap; a failed one (the site's
    // or, status gap, Media's own) opens or extends it, and nothing is judged from what could not be seen.
    private void NoteRead(string status, string? detail, DateTimeOffset at)
    {
        if (status == "ok")
        {
            state.Gap = null;
            Observe(at, ObservationSource.Probe);
        }
        else
        {
            state.Gap = state.Gap is { } gap
                ? gap with { Status = status, Detail = detail, LastTriedAt = at }
                : new MonitoringGap(at, status, detail, at);
        }
    }

    /// <summary>An inspector recorded a sampling inspection: an observation, after which the sweep may judge the account.</summary>
    public void RecordInspection(DateTimeOffset at, DateTimeOffset now)
    {
        Observe(at, ObservationSource.Inspection);
        Evaluate(now, openTimeBased: false);
    }

    private void Observe(DateTimeOffset at, ObservationSource source)
    {
        var seen = new Observation(at, source);
        state.FirstObserved ??= seen;
        if (state.LastObserved is not { } last || at >= last.At)
        {
            state.LastObserved = seen;
        }
    }

    /// <summary>
    /// Weeks in the account page's chart: 84 days, within the 100 days of posts kept by default (a lower
    /// <c>RetainPostDays</c> leaves the oldest weeks short).
    /// </summary>
    private const int ChartWeeks = 12;

    /// <summary>The activity with the weekly chart, which the index lines (built on every change) do not need.</summary>
    public ActivityView ActivityWithChart(DateTimeOffset at) =>
        Activity(at) with { WeeklyPosts = Weeks.Count(state.Posts.Select(p => p.PublishedAt), at, ChartWeeks) };

    public ActivityView Activity(DateTimeOffset at)
    {
        var stats = ActivityStatistics.Compute(state.Posts.Select(p => (p.PublishedAt, p.Repost)), state.LastPostAt,
            Max(BeijingTime.StartOfDay(Record.OpenedOn), at - TimeSpan.FromDays(options.RetainPostDays)), at);
        return new ActivityView(stats.LastPostAt, stats.Posts7d, stats.Posts30d, stats.Originals30d, stats.Reposts30d,
            stats.LongestGapDays, state.Followers, state.Gap, LastProbedAt: state.LastProbedAt,
            Unseen: AccountSight.Unseen(state), LastPostSeen: state.LastPostSeen);
    }

    /// <summary>The region index's line for this account; its statistics are as of <paramref name="now"/>.</summary>
    public IndexEntry IndexEntry(DateTimeOffset now)
    {
        var activity = Activity(now);
        return new(Record.Id, Record.UnitCode, Record.Platform, Record.Profile.Name, Record.Status,
            Record.OpenedOn, Record.Findings.Length, Record.RegionCode, state.LastPostAt, NthLastPostAt(), Episodes(),
            state.LastProbedAt, Record.Profile.FeedUrl is not null || Record.Profile.Url is not null,
            Record.Filings.Where(f => f.Late).Select(f => (DateTimeOffset?)f.FiledAt).Max(),
            Record.Status == AccountStatus.Active ? null
                : Record.Filings.Where(f => f.Kind is FilingKind.Close or FilingKind.Cancel).Select(f => (DateOnly?)f.EffectiveOn).LastOrDefault(),
            state.Followers, activity.Posts30d, activity.Originals30d, activity.Unseen,
            Abstractions.Index.IndexEntry.JoinFindingRules(Record.Findings.Select(f => f.Rule)), state.Site?.DueAt);
    }

    private EpisodePlan Current() => new(Book.Active(MonitoringRules.NoUpdate) is not null,
        Book.Active(MonitoringRules.NoUpdateWarning) is not null, Book.Active(MonitoringRules.LowFrequency) is not null);

    private OpenEpisodes Episodes() =>
        (Book.Active(MonitoringRules.NoUpdate) is null ? OpenEpisodes.None : OpenEpisodes.NoUpdate)
        | (Book.Active(MonitoringRules.NoUpdateWarning) is null ? OpenEpisodes.None : OpenEpisodes.Warning)
        | (Book.Active(MonitoringRules.LowFrequency) is null ? OpenEpisodes.None : OpenEpisodes.LowFrequency)
        | (state.Gap is null ? OpenEpisodes.None : OpenEpisodes.MonitoringGap);

    private DateTimeOffset? NthLastPostAt()
    {
        var n = options.LowFrequencyPosts;
        return n > 0 && state.Posts.Count >= n ? state.Posts[^n].PublishedAt : null;
    }

    private void Apply(string rule, bool wanted, DateTimeOffset at, bool mayOpen, string evidence)
    {
        if (wanted && mayOpen)
        {
            Book.Open(rule, at, evidence);
        }
        else if (!wanted)
        {
            Book.Resolve(rule, at, System);
        }
    }

    private void CheckContent(IncomingPost post, DateTimeOffset now)
    {
        var text = $"{post.Title}\n{post.Text}";
        // The website lexicon (严重表述错误) is read on website pages only (WebsiteMonitor).
        foreach (var lexicon in lexicons.All.Where(l => !WebsiteRules.IsKnown(l.Rule)))
        {
            var hits = lexicon.Match(text);
            if (hits.Count > 0 && !Book.Has(lexicon.Rule, post.PostId))
            {
                Book.Open(lexicon.Rule, now,
                    $"{Beijing(post.PublishedAt)}发布的“{Clip(post.Title ?? post.Text, 60)}”命中：{string.Join("、", hits)}{(post.Url is null ? "" : "；" + post.Url)}",
                    ViolationStatus.Suspected, post.PostId);
            }
        }
    }

    // Posts past the retention age go, and the oldest go first when there are too many.
    private void Trim(DateTimeOffset now)
    {
        var cutoff = now - TimeSpan.FromDays(options.RetainPostDays);
        state.Posts.RemoveAll(p => p.PublishedAt < cutoff);
        if (state.Posts.Count > options.RetainPostCount)
        {
            state.Posts.RemoveRange(0, state.Posts.Count - options.RetainPostCount);
        }
    }

    public static string Beijing(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max] + "…";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
