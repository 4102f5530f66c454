using Media.Abstractions.Users;
using Media.Application.Users;
using Media.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages;

/// <summary>Sign-in with the same users and password hashes as the API's token endpoint.</summary>
public sealed class LoginModel(IGrainFactory grains, PasswordHashing hashing) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入用户名和密码";
            return Page();
        }

        var user = await grains.GetGrain<IUserGrain>(UserNames.Normalize(Username)).GetAsync();
        if (user is null || !hashing.Verify(user, Password))
        {
            Error = "用户名或密码错误";
            return Page();
        }

        await HttpContext.SignInAsync(WebSetup.CookieScheme, WebSetup.Principal(user));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
