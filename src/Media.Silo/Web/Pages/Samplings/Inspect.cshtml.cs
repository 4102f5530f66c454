using Media.Abstractions;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Grains;
using Media.Application.Samplings;
using Media.Domain.Accounts;
using Media.Domain.Sampling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Samplings;

/// <summary>
/// Inspecting one sampled account: the quarter's machine findings are listed checked (the inspector unticks one to
/// override it), another problem may be added, and the verdict is given. Saving goes on to the next account. A website
/// also shows the deduction sheet (each item's times) and the footer identifiers Media found missing, pre-ticked; its
/// verdict follows from its score when the inspector leaves it open.
/// </summary>
public sealed class InspectModel(IGrainFactory grains, IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    DeductionSheetFile sheet) : MediaPageModel
{
    [BindProperty] public string? Verdict { get; set; }

    /// <summary>The machine findings' rules the inspector confirms.</summary>
    [BindProperty] public List<string> Confirmed { get; set; } = [];

    [BindProperty] public string? AddedRule { get; set; }

    [BindProperty] public string? AddedNote { get; set; }

    /// <summary>The inspector marks a passing account a good example (典型), commended in the 通报.</summary>
    [BindProperty] public bool GoodExample { get; set; }

    /// <summary>A website's deduction lines: times per sheet item (0 or empty: not applied).</summary>
    [BindProperty] public Dictionary<string, int?> Deductions { get; set; } = [];

    /// <summary>A website's footer identifiers the inspector confirms missing.</summary>
    [BindProperty] public List<string> Missing { get; set; } = [];

    /// <summary>The sheet and the footer as Media read it, for a website; null for an account.</summary>
    public WebsitePrefill? Website { get; private set; }

    public SamplingRecord? Sampling { get; private set; }

    public SampledAccount? Account { get; private set; }

    public IReadOnlyList<ViolationRecord> MachineFindings { get; private set; } = [];

    /// <summary>What Media saw of the account, so the inspector knows whether "no findings" rests on any observation.</summary>
    public ActivityView? Activity { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string accountId)
    {
        if (!await LoadAsync(id, accountId))
        {
            return NotFound();
        }

        var done = Sampling!.InspectionOf(accountId);
        Verdict = done is null ? null : done.Passed ? "pass" : "fail";
        GoodExample = done?.GoodExample ?? false;
        Confirmed = done is null ? [.. MachineFindings.Select(f => f.Rule)] : [.. done.Findings.Where(f => f.Confirmed).Select(f => f.Rule)];
        Missing = done?.Website is { } score ? [.. score.MissingIdentifiers] : [.. Website?.MissingIdentifiers ?? []];
        Deductions = done?.Website?.Deductions.ToDictionary(d => d.Item, d => (int?)d.Times) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string accountId)
    {
        if (!await LoadAsync(id, accountId))
        {
            return NotFound();
        }

        var findings = MachineFindings.Select(f => f.Rule).Distinct()
            .Select(rule => (FindingInput?)new FindingInput(rule, null, Confirmed.Contains(rule)))
            .ToList();
        if (Blank(AddedRule) is { } added)
        {
            findings.Add(new FindingInput(added, Blank(AddedNote), true));
        }

        var request = new InspectionRequest(accountId, Verdict switch { "pass" => true, "fail" => false, _ => null }, findings, GoodExample,
            Website is null ? null : [.. Deductions.Where(d => d.Value is > 0).Select(d => (DeductionInput?)new DeductionInput(d.Key, d.Value))],
            Website is null ? null : [.. Missing]);
        var inspected = await SamplingFlow.InspectAsync(Caller, id, request, grains, audit, clock, sheet);
        if (!inspected.IsDone)
        {
            return Refused(inspected.Refusal, Page);
        }

        var next = inspected.Value.Progress.NextToInspect;
        return Redirect(next is null
            ? $"/samplings/{Uri.EscapeDataString(id)}"
            : $"/samplings/{Uri.EscapeDataString(id)}/inspect/{Uri.EscapeDataString(next)}");
    }

    private async Task<bool> LoadAsync(string id, string accountId)
    {
        Sampling = await SamplingFlow.VisibleAsync(Caller, id, grains);
        Account = Sampling?.Member(accountId);
        if (Account is null)
        {
            return false;
        }

        MachineFindings = await SamplingFlow.MachineFindingsAsync(Sampling!, accountId, grains) ?? [];
        Activity = await grains.Ref<IMonitoredAccount>(accountId).GetActivityAsync();
        Website = Account.Platform == Platforms.Website ? await WebsitePrefill.LoadAsync(accountId, grains, sheet) : null;
        return true;
    }
}
