using Media.Grains;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Application.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>The audit log: the newest entries, or everything about one subject (an account id, a username…), oldest first.</summary>
public sealed class AuditModel(IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = Blank(Subject) is { } subject
        ? await audit.ReadAsync(subject, Shown, HttpContext.RequestAborted)
        : await audit.ReadRecentAsync(Shown, HttpContext.RequestAborted);

    /// <summary>The whole log, or the subject's whole record, as XLSX or CSV.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format) =>
        Download(await ListExports.AuditAsync(Caller, audit, clock, format, Blank(Subject), HttpContext.RequestAborted));

    public string ExportLink(string format) => "/admin/audit" + QueryString.Create(new Dictionary<string, string?>
    {
        ["subject"] = Blank(Subject), ["handler"] = "export", ["format"] = format,
    }.Where(p => p.Value is not null)).ToUriComponent();
}
