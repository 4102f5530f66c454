using Media.Abstractions.Monitoring;
using Media.Application;
using Media.Application.Violations;
using Media.Grains;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Violations;

/// <summary>
/// One violation with the step its state and the caller's role allow: review of a suspected hit, the notice, the
/// unit's answer, the verification. The steps are the API's (<see cref="ViolationSteps"/>), so are their messages.
/// </summary>
public sealed class ViolationDetailModel(IGrainFactory grains, [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    [BindProperty] public string? Deadline { get; set; }

    [BindProperty] public string? Text { get; set; }

    [BindProperty] public string? EvidenceUrl { get; set; }

    [BindProperty] public string? Verdict { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public ViolationRecord? Violation { get; private set; }

    public bool CanReview => !Caller.IsUnit && Violation!.Status == ViolationStatus.Suspected;

    public bool CanNotice => !Caller.IsUnit && Violation!.Status is ViolationStatus.Open or ViolationStatus.Notified or ViolationStatus.Overdue;

    public bool CanRespond => !Caller.IsSupervisor && Rectifying && Violation!.Rectification!.RespondedAt is null;

    public bool CanVerify => !Caller.IsUnit && Rectifying && Violation!.Rectification!.RespondedAt is not null;

    private bool Rectifying => Violation!.Status is ViolationStatus.Rectifying or ViolationStatus.Overdue && Violation.Rectification is not null;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(string id) => StepAsync(id, "confirmed", ViolationSteps.ReviewAsync(Caller, id, true, Blank(Reason), grains));

    public Task<IActionResult> OnPostDismissAsync(string id) => StepAsync(id, "dismissed", ViolationSteps.ReviewAsync(Caller, id, false, Blank(Reason), grains));

    public Task<IActionResult> OnPostNoticeAsync(string id) =>
        StepAsync(id, "notice", ViolationSteps.NoticeAsync(Caller, id, Blank(Deadline), Blank(Text), grains, clock));

    public Task<IActionResult> OnPostRespondAsync(string id) =>
        StepAsync(id, "response", ViolationSteps.RespondAsync(Caller, id, Text, Blank(EvidenceUrl), grains));

    public Task<IActionResult> OnPostVerifyAsync(string id) =>
        StepAsync(id, "verify", ViolationSteps.VerifyAsync(Caller, id, Verdict switch { "pass" => true, "reject" => false, _ => null },
            Blank(Text), grains));

    public static string DoneMessage(string? done) => done switch
    {
        "confirmed" => "已确认为违规，等待下发整改通知。",
        "dismissed" => "已排除该疑似问题。",
        "notice" => "整改通知已下发。",
        "response" => "整改情况已提交，等待监管单位核验。",
        "verify" => "核验结论已记录。",
        _ => string.Empty,
    };

    // Post, then redirect (the page shows the new state and a reload does not post again); on a refusal the
    // form comes back with what was typed and the message next to the field or above the form.
    private async Task<IActionResult> StepAsync(string id, string done, Task<Outcome<ViolationRecord>> step)
    {
        var result = await step;
        if (result.IsDone)
        {
            return Redirect($"/violations/{Uri.EscapeDataString(id)}?done={done}");
        }

        if (result.Refusal.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }

        Show(result.Refusal);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        Violation = await ViolationSteps.FindAsync(Caller, id, grains);
        return Violation is not null;
    }
}
