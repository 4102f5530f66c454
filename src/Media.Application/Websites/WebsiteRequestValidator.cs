using System.Collections.Immutable;
using Media.Abstractions.Websites;
using Media.Application.Accounts;
using Media.Domain.Validation;
using Media.Domain.Websites;

namespace Media.Application.Websites;

/// <summary>Checks website filings and their columns field by field (SPEC §3.6).</summary>
public static class WebsiteRequestValidator
{
    public const int MaxColumns = 200;
    private const int MaxIdentifierLength = 100;

    /// <summary>The filing's fields as valid values, or null with the errors added.</summary>
    public static ValidWebsite? Validate(FileWebsiteRequest body, FieldErrors errors)
    {
        errors.AddIfInvalid("siteIdCode", SiteIdCode.Validate(body.SiteIdCode));
        errors.AddIfInvalid("name", FieldRules.Required(body.Name, AccountRequestValidator.MaxNameLength));
        errors.AddIfInvalid("url", FieldRules.HttpUrl(body.Url));
        errors.AddIfInvalid("unitCode", Domain.Units.UnifiedSocialCreditCode.Validate(body.UnitCode));
        Optional(errors, "icp", body.Icp);
        Optional(errors, "publicSecurity", body.PublicSecurity);
        var openedOn = default(DateOnly?);
        if (body.OpenedOn is not null)
        {
            errors.AddIfInvalid("openedOn", FieldRules.Date(body.OpenedOn, out var date));
            openedOn = date;
        }

        var columns = Columns(body.Columns ?? [], errors, "columns");
        var responsible = body.Responsible is null ? null : AccountRequestValidator.Contact(body.Responsible, errors, "responsible");
        if (!errors.IsEmpty)
        {
            return null;
        }

        return new ValidWebsite(body.SiteIdCode!, body.Name!.Trim(), body.Url!.Trim(),
            Domain.Units.UnifiedSocialCreditCode.Normalize(body.UnitCode!), Trim(body.Icp), Trim(body.PublicSecurity),
            columns!.Value, openedOn, responsible);
    }

    /// <summary>Columns, each named, with an absolute URL and a known category, no URL twice; null with the errors added.</summary>
    public static ImmutableArray<WebsiteColumn>? Columns(IReadOnlyList<ColumnRequest?> columns, FieldErrors errors, string prefix)
    {
        var before = errors.Count;
        if (columns.Count > MaxColumns)
        {
            errors.Add(prefix, $"栏目不能超过{MaxColumns}个");
            return null;
        }

        var urls = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i] ?? new ColumnRequest(null, null, null);
            var field = $"{prefix}[{i}].";
            errors.AddIfInvalid(field + "name", FieldRules.Required(column.Name, AccountRequestValidator.MaxNameLength));
            if (FieldRules.HttpUrl(column.Url) is { } badUrl)
            {
                errors.Add(field + "url", badUrl);
            }
            else if (!urls.Add(column.Url!.Trim()))
            {
                errors.Add(field + "url", "栏目网址重复");
            }

            if (!ColumnCategories.IsKnown(column.Category))
            {
                errors.Add(field + "category", "栏目类别须为以下之一：" + string.Join("、",
                    ColumnCategories.All.Select(c => $"{c}（{ColumnCategories.DisplayName(c)}）")));
            }
        }

        return errors.Count > before
            ? null
            : [.. columns.Select(c => new WebsiteColumn(c!.Name!.Trim(), c.Url!.Trim(), c.Category!, Confirmed: true))];
    }

    private static void Optional(FieldErrors errors, string field, string? value)
    {
        if (value is not null)
        {
            errors.AddIfInvalid(field, FieldRules.Required(value, MaxIdentifierLength));
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A website filing whose fields are valid; the unit is checked next, by the filing flow.</summary>
public sealed record ValidWebsite(string SiteIdCode, string Name, string HomeUrl, string UnitCode, string? Icp,
    string? PublicSecurity, ImmutableArray<WebsiteColumn> Columns, DateOnly? OpenedOn, Abstractions.Accounts.ContactPerson? Responsible);
