using System.Globalization;

namespace Media.Domain.Websites;

/// <summary>
/// <c>site-unreachable</c> (站点无法访问): of the availability checks in the window before the check time, the failed share
/// reaches <see cref="WebsiteOptions.UnreachableShare"/>. The caller has already dropped gaps (probes Media could not make).
/// </summary>
/// <remarks>
/// The window is (at − 7 × 24 h, at]: a check exactly 7 days old has left it. It is judged only when it holds at least half
/// the probes planned for it (<see cref="MinimumChecks"/>, 70 with the defaults): a site filed a day ago (20 checks) is
/// not observed, but a few probes lost to Media's own outages, or a probe that slipped across the window's edge, do not
/// make a week of evidence unjudgeable. At 70 checks one failure is 1.4%, fine enough to tell 5%.
/// </remarks>
internal static class UnreachableRule
{
    private enum State
    {
        NotObserved,
        Reachable,
        Unreachable,
    }

    public static int MinimumChecks(WebsiteOptions options) =>
        Math.Max(1, (int)Math.Ceiling(options.ProbesPerDay * (double)options.UnreachableWindowDays / 2));

    public static RuleVerdict Judge(IReadOnlyList<SiteCheckFact> checks, WebsiteOptions options, DateTimeOffset at)
    {
        var window = TimeSpan.FromDays(options.UnreachableWindowDays);
        var inWindow = checks.Where(c => c.At <= at && at - c.At < window).ToList();
        var failures = inWindow.Count(c => !c.Ok);
        var state = StateOf(inWindow.Count, failures, options);
        var next = NextChange(checks, window, state, inWindow.Count, failures, options, at);
        return state switch
        {
            State.NotObserved => RuleVerdict.Unobserved with { NextChangeAt = next },
            State.Unreachable => RuleVerdict.Holds(Evidence(inWindow.Count, failures, window, options, at), next),
            _ => RuleVerdict.Clear(next),
        };
    }

    private static State StateOf(int count, int failures, WebsiteOptions options)
    {
        if (count < MinimumChecks(options))
        {
            return State.NotObserved;
        }

        // A tolerance, so that 7 of 140 against 0.05 is not lost to binary rounding of 0.05 × 140.
        return failures >= (options.UnreachableShare * count) - 1e-9 ? State.Unreachable : State.Reachable;
    }

    /// <summary>
    /// The window's content changes only when a check leaves it (7 days after it was made) or a check dated after
    /// <paramref name="at"/> enters it; replays those instants in order until the state changes.
    /// </summary>
    private static DateTimeOffset? NextChange(IReadOnlyList<SiteCheckFact> checks, TimeSpan window, State state,
        int count, int failures, WebsiteOptions options, DateTimeOffset at)
    {
        var events = checks
            .SelectMany(c => new[] { (At: c.At, Count: 1, Failed: c.Ok ? 0 : 1), (At: c.At + window, Count: -1, Failed: c.Ok ? 0 : -1) })
            .Where(e => e.At > at)
            .GroupBy(e => e.At)
            .OrderBy(g => g.Key);
        foreach (var instant in events)
        {
            count += instant.Sum(e => e.Count);
            failures += instant.Sum(e => e.Failed);
            if (StateOf(count, failures, options) != state)
            {
                return instant.Key;
            }
        }

        return null;
    }

    private static string Evidence(int count, int failures, TimeSpan window, WebsiteOptions options, DateTimeOffset at)
    {
        var share = (failures * 100.0 / count).ToString("0.0", CultureInfo.InvariantCulture);
        var threshold = (options.UnreachableShare * 100).ToString("0.##", CultureInfo.InvariantCulture);
        return $"{RuleClock.Date(at - window)}至{RuleClock.Date(at)}共检测{count}次，失败{failures}次（{share}%），达到{threshold}%";
    }
}
