using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Domain.Validation;

namespace Media.Application.Websites;

/// <summary>Body of <c>PUT /api/websites/{id}/columns</c>: the columns to judge from now on.</summary>
public sealed record SetColumnsRequest(IReadOnlyList<ColumnRequest?>? Columns);

/// <summary>
/// A supervisor confirms (or sets) a website's columns (SPEC §3.6: discovered columns are judged only once confirmed).
/// A unit files its columns with the website; changing them is its office's act.
/// </summary>
public static class WebsiteColumnsFlow
{
    public static async Task<Outcome<WebsiteView>> SetAsync(Caller caller, AccountSnapshot website, SetColumnsRequest body,
        IGrainFactory grains)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("只有监管人员可以确认网站栏目");
        }

        var errors = new FieldErrors();
        if (body.Columns is null)
        {
            errors.Add("columns", "请提供栏目列表");
            return Refusal.Invalid(errors);
        }

        if (WebsiteRequestValidator.Columns(body.Columns, errors, "columns") is not { } columns)
        {
            return Refusal.Invalid(errors);
        }

        var view = await grains.Ref<IMonitoredWebsite>(website.Id).SetColumnsAsync(columns, caller.Username);
        return view is null ? Refusal.NotFound(WebsiteAccess.NotVisible) : view;
    }
}
