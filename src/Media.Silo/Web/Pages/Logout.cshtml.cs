using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Silo.Web.Pages;

/// <summary>Sign-out: a POST with the antiforgery token, so another site cannot sign a user out.</summary>
public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebSetup.CookieScheme);
        return Redirect("/login");
    }
}
