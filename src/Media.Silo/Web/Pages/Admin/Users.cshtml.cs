using Media.Abstractions.Storage;
using Media.Domain.Regions;
using Media.Grains;
using Media.Application.Users;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>
/// Users and their jurisdictions (a region for supervisors, a unit for unit users) with what an admin does to them
/// (disable or enable, reset the password, unlock; the edit has its own page), and the form to add one.
/// </summary>
public sealed class UsersModel(IGrainFactory grains, PasswordHashing hashing, RegionCatalog regions, IAuditLog audit, CredentialStamps stamps,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : MediaPageModel
{
    public static readonly (string Value, string Name)[] Roles = [("supervisor", "监管用户"), ("unit", "单位用户"), ("admin", "管理员")];

    [BindProperty] public string? Username { get; set; }

    [BindProperty] public string? Password { get; set; }

    [BindProperty] public string? Role { get; set; }

    [BindProperty] public string? RegionCode { get; set; }

    [BindProperty] public string? UnitCode { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? DisplayName { get; set; }

    [BindProperty(SupportsGet = true)] public string? Added { get; set; }

    /// <summary>What the last action did, shown above the list (after its redirect).</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public string? PageNumber { get; set; }

    /// <summary>A reset's temporary password, shown once on the answer to the reset.</summary>
    public PasswordResetView? Reset { get; private set; }

    public string? ResetFor { get; private set; }

    public UserListPage? Listing { get; private set; }

    public static string RoleName(string role) => Roles.FirstOrDefault(r => r.Value == role).Name ?? role;

    public string PageLink(int page) => "/admin/users" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Blank(Q), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();

    public Task OnGetAsync() => ListAsync();

    public async Task<IActionResult> OnPostDisableAsync(string user, bool disabled)
    {
        var updated = await UserAdministration.UpdateAsync(Caller, user, new UpdateUserRequest(Disabled: disabled), grains, regions, audit, clock);
        return await AfterAsync(user, updated.IsDone ? null : updated.Refusal, $"用户 {user} 已{(disabled ? "停用" : "启用")}");
    }

    public async Task<IActionResult> OnPostResetAsync(string user)
    {
        var reset = await UserAdministration.ResetPasswordAsync(Caller, user, new ResetPasswordRequest(), grains, hashing, audit, clock);
        if (!reset.IsDone)
        {
            return await AfterAsync(user, reset.Refusal, "");
        }

        stamps.Forget(UserNames.Normalize(user));
        // No redirect: the temporary password is shown on this answer only, never put in an address.
        (Reset, ResetFor) = (reset.Value, UserNames.Normalize(user));
        await ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string user)
    {
        var unlocked = await UserAdministration.UnlockAsync(Caller, user, grains, audit, clock);
        return await AfterAsync(user, unlocked.IsDone ? null : unlocked.Refusal, $"用户 {user} 已解锁");
    }

    private async Task<IActionResult> AfterAsync(string user, Application.Refusal? refusal, string done)
    {
        if (refusal is null)
        {
            stamps.Forget(UserNames.Normalize(user));
            return Redirect("/admin/users?done=" + Uri.EscapeDataString(done));
        }

        await ListAsync();
        return Refused(refusal, Page);
    }

    private async Task ListAsync()
    {
        var listed = await UserAdministration.ListAsync(Caller, grains, regions, Blank(Q), Blank(PageNumber), "50");
        Listing = listed.IsDone ? listed.Value : null;
        if (!listed.IsDone)
        {
            Show(listed.Refusal, PageParameter);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await UserRegistry.CreateAsync(Caller, new CreateUserRequest(Blank(Username), Password, Blank(Role), Blank(RegionCode),
            Blank(UnitCode), Blank(Email), Blank(DisplayName), null), grains, hashing, regions, audit, clock);
        if (created.IsDone)
        {
            return Redirect("/admin/users?added=" + Uri.EscapeDataString(created.Value.Username));
        }

        await ListAsync();
        return Refused(created.Refusal, Page);
    }
}
