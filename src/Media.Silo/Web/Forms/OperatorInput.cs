using Media.Application.Accounts;

namespace Media.Silo.Web.Forms;

/// <summary>The operating contractor's inputs (运维单位), bound as <c>Operator.*</c> on the opening and change forms.</summary>
public sealed class OperatorInput
{
    public string? Name { get; set; }

    public string? Contact { get; set; }

    /// <summary>The API's operator, or null when both were left empty.</summary>
    /// <param name="keptName">On a change, the name on record: a new contact alone keeps the contractor.</param>
    public OperatorRequest? ToRequest(string? keptName = null) =>
        (MediaPageModel.Blank(Name), MediaPageModel.Blank(Contact)) switch
        {
            (null, null) => null,
            (null, var contact) => new OperatorRequest(keptName, contact),
            var (name, contact) => new OperatorRequest(name, contact),
        };
}
