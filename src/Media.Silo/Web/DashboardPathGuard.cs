using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Media.Silo.Web;

/// <summary>
/// Stands before the Orleans Dashboard, whose own file lookup answers 500 to a path it cannot decode or that tries to
/// climb out of its folder (<c>/dashboard/%</c>, <c>/dashboard/..%2f</c>). Such a request is the client's error, so it is
/// refused here with 400 before the dashboard sees it. Only paths the dashboard could really serve pass: every escape
/// well formed, decoding to UTF-8 without control characters, no encoded slash or backslash, no <c>..</c> segment.
/// The dashboard's per-silo calls (<c>HistoricalStats/{silo}</c>, <c>SiloProperties/{silo}</c>,
/// <c>SiloCounters/{silo}</c>) also answer 500 to a silo address they cannot parse: that is a 404, no such silo.
/// </summary>
internal static class DashboardPathGuard
{
    private static readonly string[] PerSiloCalls = ["HistoricalStats", "SiloProperties", "SiloCounters"];

    public static IApplicationBuilder UseDashboardPathGuard(this IApplicationBuilder app, PathString prefix) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(prefix) && !IsClean(RawPath(context)))
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求路径无效",
                    detail: "路径含有无法解析的转义、编码的斜杠或上级目录（..）").ExecuteAsync(context);
                return;
            }

            if (context.Request.Path.StartsWithSegments(prefix, out var rest) && !NamesAKnownSiloShape(rest))
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有这个节点",
                    detail: "节点地址无法识别").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    // The path as the client sent it: the decoded Path has already lost what made it malformed.
    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return context.Request.Path.ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }

    // "/HistoricalStats/127.0.0.1:11111@123" and the like: the silo part must be a silo address the dashboard can parse.
    private static bool NamesAKnownSiloShape(PathString rest)
    {
        var segments = (rest.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not [var call, var silo, ..] || !PerSiloCalls.Contains(call, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return Orleans.Runtime.SiloAddress.FromParsableString(silo) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    internal static bool IsClean(string rawPath)
    {
        var bytes = new List<byte>(rawPath.Length);
        for (var i = 0; i < rawPath.Length; i++)
        {
            var c = rawPath[i];
            if (c != '%')
            {
                if (c > 0x7e || c < 0x20 || c == '\\')
                {
                    return false;
                }

                bytes.Add((byte)c);
                continue;
            }

            if (i + 2 >= rawPath.Length || !char.IsAsciiHexDigit(rawPath[i + 1]) || !char.IsAsciiHexDigit(rawPath[i + 2]))
            {
                return false;
            }

            var b = Convert.ToByte(rawPath.Substring(i + 1, 2), 16);
            if (b is (byte)'/' or (byte)'\\' or < 0x20 or 0x7f)
            {
                return false;
            }

            bytes.Add(b);
            i += 2;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return !decoded.Split('/').Contains("..", StringComparer.Ordinal);
    }
}
