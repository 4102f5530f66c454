using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Users;
using Media.Grains;
using Media.Application.Users;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages.Account;

/// <summary>A user changes their own password: the current one first, the new one twice; the audit log records it.</summary>
public sealed class PasswordModel(IGrainFactory grains, PasswordHashing hashing, IAuditLog audit, CredentialStamps stamps,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : PageModel
{
    [BindProperty] public string? Current { get; set; }

    [BindProperty] public string? Next { get; set; }

    [BindProperty] public string? Confirm { get; set; }

    public bool Done { get; private set; }

    /// <summary>Sent here by the sign-in after an admin's reset.</summary>
    [BindProperty(SupportsGet = true)] public bool Reset { get; set; }

    private readonly Dictionary<string, string> _errors = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var username = UserNames.Normalize(User.Identity!.Name!);
        var grain = grains.GetGrain<IUserGrain>(username);
        var user = await grain.GetAsync();
        if (user is null || string.IsNullOrEmpty(Current) || !await hashing.VerifyAsync(user, Current, HttpContext.RequestAborted))
        {
            _errors["current"] = "当前密码不正确";
        }

        if (PasswordPolicy.Validate(Next, username) is { } weak)
        {
            _errors["next"] = weak;
        }
        else if (Next == Current)
        {
            _errors["next"] = "新密码不能与当前密码相同";
        }

        if (Confirm != Next)
        {
            _errors["confirm"] = "两次输入的新密码不一致";
        }

        if (_errors.Count > 0)
        {
            return Page();
        }

        if (!await grain.ReplacePasswordHashAsync(user!.PasswordHash, hashing.Hash(username, Next!)))
        {
            _errors["current"] = "密码刚被修改过，请重新输入当前密码";
            return Page();
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), username, "user.password", "user:" + username, null, null));
        // Every other session and token of the user ends; this one is signed in again with the new stamp.
        stamps.Forget(username);
        if (await grain.GetAsync() is { } changed)
        {
            HttpContext.User = WebSetup.Principal(changed);
            await HttpContext.SignInAsync(WebSetup.CookieScheme, HttpContext.User);
        }

        Done = true;
        return Page();
    }

    public string? ErrorFor(string field) => _errors.GetValueOrDefault(field);
}
