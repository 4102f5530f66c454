using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Abstractions.Websites;
using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Time;
using Media.Domain.Validation;

namespace Media.Application.Websites;

/// <summary>
/// Filing a website (SPEC §3.6), as the API and a page both do it: the fields, then the unit and the caller's reach (as
/// for accounts), then the account grain with platform <c>website</c> and the 网站标识码 as handle.
/// </summary>
public static class WebsiteFilingFlow
{
    /// <summary>The website as filed, or why it was not.</summary>
    public static async Task<Outcome<AccountSnapshot>> OpenAsync(Caller caller, FileWebsiteRequest body, IGrainFactory grains,
        TimeProvider clock)
    {
        var errors = new FieldErrors();
        if (WebsiteRequestValidator.Validate(body, errors) is not { } site)
        {
            return Refusal.Invalid(errors);
        }

        var unit = await AccountOpeningFlow.UnitInReachAsync(caller, site.UnitCode, grains);
        if (!unit.IsDone)
        {
            return unit.Refusal;
        }

        var id = AccountKey.For(Platforms.Website, site.SiteIdCode);
        var outcome = await grains.Ref<IAccountGrain>(id).OpenAsync(Command(site, unit.Value, caller.Username, BeijingTime.DateOf(clock.GetUtcNow())));
        return outcome.Kind switch
        {
            FilingOutcomeKind.Created => outcome.Account!,
            FilingOutcomeKind.AlreadyExists => Refusal.Conflict($"网站 {id} 已备案"),
            _ => Refusal.Invalid(outcome.Field ?? "body", outcome.Error ?? "备案被拒绝"),
        };
    }

    /// <summary>
    /// The website on the account rails (the import's too): its home URL is the profile's URL, an interaction column is its
    /// interaction, and without a named person the unit itself (its mailbox) answers for it.
    /// </summary>
    internal static OpenAccountCommand Command(ValidWebsite site, UnitRecord unit, string actor, DateOnly today)
    {
        var interaction = site.Columns.Any(c => c.Category == Domain.Websites.ColumnCategories.Interaction);
        var responsible = site.Responsible ?? new ContactPerson(unit.Name, string.Empty, unit.Email ?? string.Empty);
        var profile = new AccountProfile(site.Name, site.HomeUrl, null, interaction, responsible, null);
        return new OpenAccountCommand(unit.Code, profile, site.OpenedOn ?? today, null, null,
            actor, new WebsiteProfile(site.HomeUrl, site.Icp, site.PublicSecurity, site.Columns));
    }
}
