using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Media.Silo.Web;

/// <summary>
/// A signed-in user who opens a page their role cannot use (a supervisor on <c>/admin</c> or the Orleans Dashboard) is
/// answered 403 with a short Chinese page where they stand, not sent to the sign-in form: they are signed in, and a
/// second sign-in would not help. Written here rather than by a Razor page because the refusal comes from the
/// authorization step, after the request was routed to the page it may not see.
/// </summary>
internal static class AccessDeniedPage
{
    public static async Task WriteAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/html; charset=utf-8";
        var who = HtmlEncoder.Default.Encode(context.HttpContext.User.Identity?.Name ?? "");
        await response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>无权访问 · 政务新媒体备案与监测</title></head>
            <body>
            <main>
            <h1>无权访问此页面</h1>
            <p>您已以 {{who}} 的身份登录，但您的角色不能使用此页面（{{HtmlEncoder.Default.Encode(context.Request.Path.Value ?? "")}}）。</p>
            <p>如确需使用，请联系系统管理员调整您的角色或管辖范围。</p>
            <p><a href="/">返回首页</a> · <a href="/logout">退出登录</a></p>
            </main>
            </body>
            </html>
            """, context.HttpContext.RequestAborted);
    }
}
