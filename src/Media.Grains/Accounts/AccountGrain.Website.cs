using System.Collections.Immutable;
using System.Text.Json;
using Media.Abstractions.Audit;
using Media.Abstractions.Websites;

namespace Media.Grains.Accounts;

/// <summary>
/// The website side of the account grain (SPEC §3.6): a website is filed on the account rails, so its probes, checks and
/// columns change the same state, violation book, index line and audit log as an account's posts and probes.
/// </summary>
internal sealed partial class AccountGrain : IMonitoredWebsite
{
    private bool IsWebsite => state.State.Record?.Website is not null;

    public async Task RecordSiteProbeAsync(SiteProbeReport report)
    {
        if (!IsWebsite)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        monitor.RecordSiteProbe(report, now);
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
    }

    public async Task<SiteChecksResult> RecordSiteChecksAsync(ImmutableArray<SiteCheck> checks)
    {
        if (!IsWebsite)
        {
            return new SiteChecksResult(0, 0);
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        var due = state.State.Site?.DueAt;
        var result = monitor.RecordSiteChecks(checks.IsDefault ? [] : checks, now);
        // Repeated checks add nothing, but the judgement they ran may still have moved with time: what changed is kept.
        if (result.Accepted > 0 || monitor.Book.Changed.Count > 0 || state.State.Site?.DueAt != due)
        {
            await SaveAsync(monitor);
            await PublishAsync(monitor, now);
        }

        return result;
    }

    public Task<WebsiteView?> GetWebsiteAsync() => Task.FromResult(IsWebsite ? View() : null);

    public async Task<WebsiteView?> SetColumnsAsync(ImmutableArray<WebsiteColumn> columns, string actor)
    {
        if (state.State.Record is not { Website: not null } before)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var monitor = Monitor();
        var after = monitor.Website.SetColumns(columns.IsDefault ? [] : columns);
        monitor.Evaluate(now, openTimeBased: false);
        await SaveAsync(monitor);
        await PublishAsync(monitor, now);
        // Audited like a change filing: who set which columns, the record before and after.
        await audit.AppendAsync(new AuditEntry(now, actor, "website.columns", Id,
            JsonSerializer.Serialize(before, AuditJson.Options), JsonSerializer.Serialize(after, AuditJson.Options)));
        return View();
    }

    private WebsiteView View() =>
        Monitor().Website.View([.. state.State.Violations.AsEnumerable().Reverse()], clock.GetUtcNow());
}
