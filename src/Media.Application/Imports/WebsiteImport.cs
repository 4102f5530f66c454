using Media.Application.Websites;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Websites;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary>
/// Body of <c>POST /api/imports/websites</c>: the rows of a sheet of websites, each shaped like <c>POST /api/websites</c>;
/// <c>dryRun</c> and <c>onExisting</c> as for accounts.
/// </summary>
public sealed record ImportWebsitesRequest(IReadOnlyList<FileWebsiteRequest?>? Rows, bool? DryRun, string? OnExisting = null);

/// <summary><c>POST /api/imports/websites</c>: a sheet of websites, filed on the account rails like a single one.</summary>
public static class WebsiteImport
{
    internal static ImportKind<FileWebsiteRequest> Kind { get; } = new("网站", "siteIdCode", IdOf, Read,
        (row, filed, wanted) => ImportChanges.Website(filed, wanted, namesPerson: row.Responsible is not null));

    public static Task<Outcome<ImportResult>> RunAsync(Caller caller, ImportWebsitesRequest body, IGrainFactory grains,
        FilingRuleOptions rules, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken,
        IProgress<ImportProgress>? progress = null) =>
        SheetImport.RunAsync(caller, new SheetImport.Sheet<FileWebsiteRequest>(body.Rows, body.DryRun, body.OnExisting), Kind,
            grains, rules, now, logger, progress, cancellationToken);

    private static string? IdOf(FileWebsiteRequest row) =>
        SiteIdCode.Validate(row.SiteIdCode) is null ? AccountKey.For(Platforms.Website, row.SiteIdCode!) : null;

    private static ImportableRow? Read(FileWebsiteRequest row, string actor, DateOnly today, Domain.Validation.FieldErrors errors) =>
        WebsiteRequestValidator.Validate(row, errors) is { } site
            ? new ImportableRow(site.UnitCode, site.OpenedOn ?? today, unit => WebsiteFilingFlow.Command(site, unit, actor, today))
            : null;
}
