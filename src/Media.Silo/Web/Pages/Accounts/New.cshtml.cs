using Media.Application.Accounts;
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
        return opened.IsDone ? Redirect("/accounts/" + Uri.EscapeDataString(opened.Value.Id)) : Refused(opened.Refusal, Page);
    }
}
