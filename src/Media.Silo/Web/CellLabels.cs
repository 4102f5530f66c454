using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Media.Silo.Web;

/// <summary>
/// Writes each list cell's column header into its <c>data-label</c>, so the layout's phone style can show a list row
/// as a card of "label: value" lines without JavaScript and without every page naming its columns twice. Razor runs
/// these in document order: the table opens a header list, each header cell of its <c>thead</c> fills it, each row
/// counts its cells (colspans included) and each body cell takes the header at its position.
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class CellLabelTableTagHelper : TagHelper
{
    internal const string HeadersKey = "media.cell-labels", InHeadKey = "media.cell-labels.head", RowKey = "media.cell-labels.row";

    // Runs before the table's children are rendered; they see this list through their copies of the context's items.
    public override void Process(TagHelperContext context, TagHelperOutput output) => context.Items[HeadersKey] = new List<string>();

    internal static int Span(TagHelperContext context) =>
        context.AllAttributes.TryGetAttribute("colspan", out var span) && int.TryParse(span.Value?.ToString(), out var n) && n > 0 ? n : 1;

    /// <summary>A header cell's rendered content as plain text: tags dropped, entities decoded, spaces collapsed.</summary>
    internal static string PlainText(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>Marks the header cells of a table's <c>thead</c> as its column names.</summary>
[HtmlTargetElement("thead")]
public sealed class CellLabelHeadTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) => context.Items[CellLabelTableTagHelper.InHeadKey] = true;
}

/// <summary>Starts a row's cell count.</summary>
[HtmlTargetElement("tr")]
public sealed class CellLabelRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) => context.Items[CellLabelTableTagHelper.RowKey] = new int[1];
}

/// <summary>A header cell: in the <c>thead</c>, names its columns; in the body (a row header), is labelled like a data cell.</summary>
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class CellLabelCellTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!(context.Items.TryGetValue(CellLabelTableTagHelper.HeadersKey, out var list) && list is List<string> headers
            && context.Items.TryGetValue(CellLabelTableTagHelper.RowKey, out var row) && row is int[] column))
        {
            return;
        }

        var span = CellLabelTableTagHelper.Span(context);
        var at = column[0];
        column[0] += span;
        if (context.Items.ContainsKey(CellLabelTableTagHelper.InHeadKey))
        {
            var name = CellLabelTableTagHelper.PlainText((await output.GetChildContentAsync()).GetContent());
            while (headers.Count < at + span)
            {
                headers.Add(name);
            }

            return;
        }

        // A cell spanning the whole row (an empty list's "暂无") has no single column to name.
        if (at < headers.Count && !(at == 0 && span >= headers.Count) && !output.Attributes.ContainsName("data-label"))
        {
            output.Attributes.Add("data-label", headers[at]);
        }
    }
}
