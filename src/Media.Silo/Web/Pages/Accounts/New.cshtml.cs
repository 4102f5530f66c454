using Media.Abstractions.Accounts;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>The opening form: the API's request, validator and filing flow, with the field messages shown inline.</summary>
public sealed class NewAccountModel(IGrainFactory grains) : MediaPageModel
{
    [BindProperty] public string? UnitCode { get; set; }

    [BindProperty] public string? Platform { get; set; }

    [BindProperty] public string? Handle { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? HomePage { get; set; }

    [BindProperty] public string? OpenedOn { get; set; }

    [BindProperty] public string? Interaction { get; set; }

    [BindProperty] public string? ResponsibleName { get; set; }

    [BindProperty] public string? ResponsiblePhone { get; set; }

    [BindProperty] public string? ResponsibleEmail { get; set; }

    [BindProperty] public string? ExceptionReason { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
        UnitCode ??= Caller.UnitCode;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new FileAccountRequest(Blank(UnitCode), Blank(Platform), Blank(Handle), Blank(Name), Blank(HomePage), null, Blank(OpenedOn),
            Interaction switch { "true" => true, "false" => false, _ => null },
            new ContactRequest(Blank(ResponsibleName), Blank(ResponsiblePhone), Blank(ResponsibleEmail)), null, null, Blank(ExceptionReason));
        var opened = await AccountOpeningFlow.OpenAsync(Caller, request, grains);
        if (opened.Forbidden is not null)
        {
            Message = opened.Forbidden;
            return Page();
        }

        switch (opened.Outcome?.Kind)
        {
            case FilingOutcomeKind.Created:
                return Redirect("/accounts/" + Uri.EscapeDataString(opened.Id!));
            case FilingOutcomeKind.AlreadyExists:
                Message = $"账号 {opened.Id} 已备案";
                return Page();
            case null:
                ShowErrors(opened.Errors.ToDictionary());
                Message = "请按提示修改后重新提交";
                return Page();
            default:
                ShowErrors(new Dictionary<string, string[]> { [opened.Outcome.Field ?? "unitCode"] = [opened.Outcome.Error ?? "备案被拒绝"] });
                Message = "请按提示修改后重新提交";
                return Page();
        }
    }

}
