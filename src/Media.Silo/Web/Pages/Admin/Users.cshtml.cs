using Media.Abstractions.Storage;
using System.Collections.Immutable;
using Media.Abstractions.Alerts;
using Media.Domain.Regions;
using Media.Grains;
using Media.Application.Users;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Web.Pages.Admin;

/// <summary>Users and their jurisdictions (a region for supervisors, a unit for unit users), and the form to add one.</summary>
public sealed class UsersModel(IGrainFactory grains, PasswordHashing hashing, RegionCatalog regions, IAuditLog audit,
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

    public ImmutableArray<UserContact> Users { get; private set; } = [];

    public string Jurisdiction(UserContact user) => user switch
    {
        { RegionCode: { } region } when Domain.Regions.RegionCode.TryParse(region, out var code) => $"{regions.FullNameOf(code)}（{region}）",
        { UnitCode: { } unit } => "单位 " + unit,
        _ => "全国",
    };

    public static string RoleName(string role) => Roles.FirstOrDefault(r => r.Value == role).Name ?? role;

    public async Task OnGetAsync() => Users = await grains.GetGrain<IUserDirectoryGrain>(0).AllAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await UserRegistry.CreateAsync(Caller, new CreateUserRequest(Blank(Username), Password, Blank(Role), Blank(RegionCode),
            Blank(UnitCode), Blank(Email), Blank(DisplayName), null), grains, hashing, regions, audit, clock);
        if (created.IsDone)
        {
            return Redirect("/admin/users?added=" + Uri.EscapeDataString(created.Value.Username));
        }

        Users = await grains.GetGrain<IUserDirectoryGrain>(0).AllAsync();
        return Refused(created.Refusal, Page);
    }
}
