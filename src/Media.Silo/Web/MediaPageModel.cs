using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web;

/// <summary>What Media's pages share: the signed-in caller, field messages from the API's validators, blank-as-null input.</summary>
public abstract class MediaPageModel : PageModel
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    /// <summary>The signed-in user as the API sees a caller: role, region and unit.</summary>
    public Caller Caller => Caller.From(User);

    /// <summary>The field's messages joined for the line under its input, or null.</summary>
    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var messages) ? string.Join("；", messages) : null;

    /// <summary>The messages of every field under <paramref name="prefix"/> (e.g. all of a list's items).</summary>
    public string? ErrorsUnder(string prefix) =>
        _errors.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value).ToList() is { Count: > 0 } all
            ? string.Join("；", all)
            : null;

    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors) => _errors = errors;

    /// <summary>An empty form field means "not given", as an absent JSON property does for the API.</summary>
    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
