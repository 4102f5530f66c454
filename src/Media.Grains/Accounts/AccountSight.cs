using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>
/// Whether Media has observed an account and can see it now (SPEC §3.3), from the account's state and from its index
/// line. The line carries the account's own answer (<see cref="IndexEntry.Gap"/>), so the sweep reading the line and the
/// account reading its state judge with the same sight.
/// </summary>
internal static class AccountSight
{
    /// <summary>
    /// Seen since filing: an observation recorded, or a post kept from before observations were recorded (its state
    /// has a last post but no first observation).
    /// </summary>
    public static bool Observed(AccountState state) => state.FirstObserved is not null || state.LastPostAt is not null;

    public static Sight Of(AccountState state) =>
        !Observed(state) ? Sight.NotObserved : state.Gap is not null ? Sight.Blind : Sight.Seen;

    /// <summary>The line's sight; a line written before gaps had causes carries only the gap flag, which means blind.</summary>
    public static Sight Of(IndexEntry entry) =>
        entry.Gap?.Cause == GapCauses.NotObserved ? Sight.NotObserved
        : entry.Gap is not null || entry.Open.HasFlag(OpenEpisodes.MonitoringGap) ? Sight.Blind
        : Sight.Seen;

    /// <summary>
    /// Why Media cannot judge a running account now, or null. An account never observed is <c>not-observed</c> even when
    /// its probes fail (that is the state that decides its verdicts), and its detail names the failed probe.
    /// </summary>
    public static GapView? Unseen(AccountState state)
    {
        if (state.Record is not { Status: AccountStatus.Active } record)
        {
            return null;
        }

        var probe = state.Gap is { } gap ? GapCauses.FromProbe(gap.Status, gap.Detail) : default;
        if (!Observed(state))
        {
            var filed = record.Filings.IsDefaultOrEmpty ? state.Gap?.Since ?? DateTimeOffset.MinValue : record.Filings[0].FiledAt;
            var detail = GapCauses.Describe(GapCauses.NotObserved) + (state.Gap is null ? "" : "；最近一次采集失败：" + probe.Detail);
            return new GapView(GapCauses.NotObserved, filed, detail);
        }

        return state.Gap is { } g ? new GapView(probe.Cause, g.Since, probe.Detail) : null;
    }
}
