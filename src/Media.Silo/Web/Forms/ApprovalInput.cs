using Media.Application.Accounts;

namespace Media.Silo.Web.Forms;

/// <summary>The approval's three inputs (审批机关、文号、日期), bound as <c>Approval.*</c> on the opening and change forms.</summary>
public sealed class ApprovalInput
{
    public string? Authority { get; set; }

    public string? DocumentNo { get; set; }

    public string? ApprovedOn { get; set; }

    /// <summary>The API's approval, or null when all three were left empty (no approval given, or none changed).</summary>
    public ApprovalRequest? ToRequest() =>
        MediaPageModel.Blank(Authority) is null && MediaPageModel.Blank(DocumentNo) is null && MediaPageModel.Blank(ApprovedOn) is null
            ? null
            : new ApprovalRequest(MediaPageModel.Blank(Authority), MediaPageModel.Blank(DocumentNo), MediaPageModel.Blank(ApprovedOn));
}

/// <summary>What the shared approval inputs show: the values, the offices to choose from, and the form's error keys.</summary>
/// <param name="Input">The values posted (or none yet).</param>
/// <param name="Offices">The offices to choose from (<see cref="ApprovalOffices.All"/>).</param>
/// <param name="ErrorPrefix">The API field the approval sits under: <c>approval.</c> or <c>changes.approval.</c>.</param>
/// <param name="Unset">The empty choice's text: no approval at opening, no change on a change filing.</param>
/// <param name="Page">The form's page, whose model state holds the messages.</param>
public sealed record ApprovalFieldsView(ApprovalInput Input, IReadOnlyList<(string Code, string Name)> Offices, string ErrorPrefix,
    string Unset, MediaPageModel Page);
