using Media.Application.Accounts;

namespace Media.Application.Websites;

/// <summary>
/// Body of <c>POST /api/websites</c> (SPEC §5.1). <c>openedOn</c> (<c>yyyy-MM-dd</c>) defaults to the filing day;
/// <c>responsible</c> defaults to the unit (its name and mailbox).
/// </summary>
public sealed record FileWebsiteRequest(
    string? SiteIdCode,
    string? Name,
    string? Url,
    string? UnitCode,
    string? Icp,
    string? PublicSecurity,
    IReadOnlyList<ColumnRequest?>? Columns,
    string? OpenedOn,
    ContactRequest? Responsible);

/// <summary>One column (栏目): name, absolute URL and category (<c>news|notice|plan|interaction|other</c>).</summary>
public sealed record ColumnRequest(string? Name, string? Url, string? Category);

/// <summary>One availability check pushed by an external monitor: when, whether the home page loaded, in how many ms.</summary>
public sealed record SiteCheckRequest(string? At, bool? Ok, int? Ms);
