using Media.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Media.Silo.Web.Pages;

/// <summary>
/// Sign-in with the same users, checks, lockout and rate limit as the API's token endpoint (the posts of both count
/// towards one budget per client address).
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(SignIns signIns) : PageModel
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

        var result = await signIns.SignInAsync(Username, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (result.User is not { } user)
        {
            Error = result.RetryAfter is { } retryAfter ? SignIns.LockedMessage(retryAfter)
                : result.Disabled ? SignIns.DisabledMessage : SignIns.Refused;
            return Page();
        }

        await HttpContext.SignInAsync(WebSetup.CookieScheme, WebSetup.Principal(user));
        if (user.MustChangePassword)
        {
            // An admin reset the password: the user chooses their own before anything else.
            return LocalRedirect("/account/password?reset=1");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
