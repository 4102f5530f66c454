using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>The audit log: the newest entries, or everything about one subject (an account id, a username…), oldest first.</summary>
public sealed class AuditModel(IAuditLog audit) : MediaPageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = Blank(Subject) is { } subject
        ? await audit.ReadAsync(subject, Shown, HttpContext.RequestAborted)
        : await audit.ReadRecentAsync(Shown, HttpContext.RequestAborted);
}
