using Media.Abstractions.Storage;
using Media.Abstractions.Users;
using Media.Application.Users;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>An admin edits a user: role, jurisdiction, mail address and preferences, and whether the user may sign in.</summary>
public sealed class UserEditModel(IGrainFactory grains, RegionCatalog regions, IAuditLog audit, CredentialStamps stamps,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    : MediaPageModel
{
    [BindProperty(SupportsGet = true)] public string Username { get; set; } = "";

    [BindProperty] public string? Role { get; set; }

    [BindProperty] public string? RegionCode { get; set; }

    [BindProperty] public string? UnitCode { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? DisplayName { get; set; }

    [BindProperty] public bool Immediate { get; set; }

    [BindProperty] public bool Digest { get; set; }

    [BindProperty] public bool Disabled { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        var me = await grains.GetGrain<IUserGrain>(UserNames.Normalize(Username)).GetAsync();
        if (me is null || !Caller.IsAdmin)
        {
            return NotFound();
        }

        var view = await UserProfile.ViewAsync(me, grains);
        (Role, RegionCode, UnitCode, Email, DisplayName, Disabled) = (me.Role, me.RegionCode, me.UnitCode, me.Email, me.DisplayName, me.Disabled);
        (Immediate, Digest) = view.Alerts is { } alerts ? (alerts.Immediate, alerts.Digest) : (false, false);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A blank field is sent as "" so that it reads as a value to check, not as "keep": the form shows every field.
        var updated = await UserAdministration.UpdateAsync(Caller, Username, new UpdateUserRequest(Disabled, Email ?? "", DisplayName ?? "",
            Blank(Role) ?? "", Blank(RegionCode), Blank(UnitCode), new AlertPreferencesRequest(Immediate, Digest)), grains, regions, audit, clock);
        if (updated.IsDone)
        {
            stamps.Forget(updated.Value.Username);
        }

        return updated.IsDone
            ? Redirect($"/admin/users/{Uri.EscapeDataString(updated.Value.Username)}?saved=true")
            : Refused(updated.Refusal, Page);
    }
}
