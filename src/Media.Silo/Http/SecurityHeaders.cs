namespace Media.Silo.Http;

/// <summary>
/// Headers that keep a signed-in page from being framed, sniffed into another type or fed someone else's script.
/// The pages use no inline script and no third-party resource, so the policy allows only Media's own origin (inline
/// style blocks are allowed: the layout carries its stylesheet). The Orleans Dashboard is a script application of
/// its own, for admins only, and keeps every header but the content policy.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ContentPolicy;
            }

            return next(context);
        });
        return app;
    }
}
