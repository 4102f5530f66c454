using Media.Application;
using Media.Application.Exports;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web;

/// <summary>What Media's pages share: the signed-in caller, a use case's refusal shown on the form, blank-as-null input.</summary>
public abstract class MediaPageModel : PageModel
{
    /// <summary>The signed-in user as the use cases see a caller: role, region and unit.</summary>
    public Caller Caller => CallerClaims.From(User);

    /// <summary>A refusal of the whole step (role, state, a field's problem in general), shown above the form.</summary>
    public string? Message { get; protected set; }

    /// <summary>The field's messages joined for the line under its input, or null.</summary>
    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry is { Errors.Count: > 0 } ? string.Join("；", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>The messages of every field under <paramref name="prefix"/> (e.g. all of a list's items).</summary>
    public string? ErrorsUnder(string prefix) =>
        ModelState.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value?.Errors ?? []).ToList() is { Count: > 0 } all
            ? string.Join("；", all.Select(e => e.ErrorMessage))
            : null;

    /// <summary>
    /// The one place a use case's refusal meets a page: field errors go into the model state under the API's field
    /// names (renamed where the page's parameter differs), the message above the form. The page answers 404 itself
    /// for what does not exist, as the API does.
    /// </summary>
    protected void Show(Refusal refusal, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        ShowErrors(refusal.Errors, fieldNames);
        Message = refusal.Message;
    }

    /// <summary>Field messages of the page's own checks, in the same model state the refusals use.</summary>
    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(fieldNames?.GetValueOrDefault(field) ?? field, message);
            }
        }
    }

    /// <summary>The page's answer to a refusal: 404 for what does not exist (or may not be seen), else the form again.</summary>
    protected IActionResult Refused(Refusal refusal, Func<IActionResult> form)
    {
        if (refusal.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }

        Show(refusal);
        return form();
    }

    /// <summary>
    /// An exported list as the browser's download (its Chinese file name in <c>filename*</c>); a refused export answers
    /// with its status and message, since the link has no form to show it on.
    /// </summary>
    protected IActionResult Download(Outcome<ListExport> export) => export.IsDone
        ? File(export.Value.File.Bytes, export.Value.File.ContentType, export.Value.File.FileName)
        : new ContentResult
        {
            StatusCode = export.Refusal.Kind == RefusalKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
            ContentType = "text/plain; charset=utf-8",
            Content = string.Join("；", export.Refusal.Errors.SelectMany(e => e.Value).Prepend(export.Refusal.Message)),
        };

    /// <summary>A listing's <c>page</c> parameter is the pages' <c>p</c>: Razor Pages keeps "page" for the page's own route value.</summary>
    protected static readonly IReadOnlyDictionary<string, string> PageParameter = new Dictionary<string, string> { ["page"] = "p" };

    /// <summary>An empty form field means "not given", as an absent JSON property does for the API.</summary>
    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
