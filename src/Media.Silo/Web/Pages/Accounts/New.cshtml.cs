using Media.Application.Accounts;
using Media.Domain.Regions;
using Media.Silo.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>
/// The opening form: the whole of the API's request (approval, operator and feed included), its validator and filing
/// flow, with the field messages shown inline.
/// </summary>
public sealed class NewAccountModel(IGrainFactory grains, RegionCatalog regions) : MediaPageModel
{
    [BindProperty] public string? UnitCode { get; set; }

    [BindProperty] public string? Platform { get; set; }

    [BindProperty] public string? Handle { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? HomePage { get; set; }

    [BindProperty] public string? FeedUrl { get; set; }

    [BindProperty] public string? OpenedOn { get; set; }

    [BindProperty] public string? Interaction { get; set; }

    [BindProperty] public string? ResponsibleName { get; set; }

    [BindProperty] public string? ResponsiblePhone { get; set; }

    [BindProperty] public string? ResponsibleEmail { get; set; }

    [BindProperty] public OperatorInput Operator { get; set; } = new();

    [BindProperty] public ApprovalInput Approval { get; set; } = new();

    [BindProperty] public string? ExceptionReason { get; set; }

    public IReadOnlyList<(string Code, string Name)> Offices => ApprovalOffices.All(regions);

    public void OnGet()
    {
        UnitCode ??= Caller.UnitCode;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new FileAccountRequest(Blank(UnitCode), Blank(Platform), Blank(Handle), Blank(Name), Blank(HomePage), Blank(FeedUrl),
            Blank(OpenedOn), Interaction switch { "true" => true, "false" => false, _ => null },
            new ContactRequest(Blank(ResponsibleName), Blank(ResponsiblePhone), Blank(ResponsibleEmail)), Operator.ToRequest(),
            Approval.ToRequest(), Blank(ExceptionReason));
        var opened = await AccountOpeningFlow.OpenAsync(Caller, request, grains);
        return opened.IsDone ? Redirect(AccountDetailModel.FiledPath(opened.Value.Id, "open")) : Refused(opened.Refusal, Page);
    }
}
