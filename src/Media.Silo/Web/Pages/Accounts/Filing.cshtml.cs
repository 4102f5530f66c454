using System.Globalization;
using Media.Abstractions.Accounts;
using Media.Application.Accounts;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Grains;
using Media.Silo.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Accounts;

/// <summary>
/// The change, closure and cancellation form (变更、关停、注销备案): the API's request, validator and flow. A change sends
/// only the fields filled in, as an absent JSON property changes nothing through the API, so a new phone number alone
/// keeps the rest of the record.
/// </summary>
public sealed class FilingModel(IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : MediaPageModel
{
    public static readonly (string Value, string Name)[] Kinds = [("change", "变更"), ("close", "关停"), ("cancel", "注销")];

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    [BindProperty] public string? EffectiveOn { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? HomePage { get; set; }

    [BindProperty] public string? FeedUrl { get; set; }

    [BindProperty] public string? Interaction { get; set; }

    [BindProperty] public string? ResponsibleName { get; set; }

    [BindProperty] public string? ResponsiblePhone { get; set; }

    [BindProperty] public string? ResponsibleEmail { get; set; }

    [BindProperty] public OperatorInput Operator { get; set; } = new();

    [BindProperty] public ApprovalInput Approval { get; set; } = new();

    public AccountSnapshot? Account { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Offices => ApprovalOffices.All(regions);

    /// <summary>Today in Beijing: the latest effective date the form offers.</summary>
    public string Today => BeijingTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Account = await AccountAccess.VisibleAsync(id, Caller, grains);
        EffectiveOn ??= Today;
        return Account is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Account = await AccountAccess.VisibleAsync(id, Caller, grains);
        if (Account is null)
        {
            return NotFound();
        }

        var responsible = Blank(ResponsibleName) is null && Blank(ResponsiblePhone) is null && Blank(ResponsibleEmail) is null
            ? null
            : new ContactRequest(Blank(ResponsibleName), Blank(ResponsiblePhone), Blank(ResponsibleEmail));
        var changes = Kind == "change"
            ? new ChangesRequest(Blank(Name), Blank(HomePage), Blank(FeedUrl), Interaction switch { "true" => true, "false" => false, _ => null },
                responsible, Operator.ToRequest(Account.Profile.Operator?.Name), Approval.ToRequest())
            : null;
        var filed = await AccountLifecycleFlow.FileAsync(Caller, id, new LifecycleRequest(Blank(Kind), Blank(EffectiveOn), changes, Blank(Reason)), grains);
        return filed.IsDone ? Redirect(AccountDetailModel.FiledPath(id, Kind!)) : Refused(filed.Refusal, Page);
    }
}
