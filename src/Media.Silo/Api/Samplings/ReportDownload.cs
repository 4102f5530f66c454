using Media.Application.Samplings;
using Microsoft.Net.Http.Headers;

namespace Media.Silo.Api.Samplings;

/// <summary>
/// A 通报 as an HTTP answer, with its Chinese file name in <c>Content-Disposition</c> for every format: RFC 5987's
/// <c>filename*</c> for the Chinese name, and an ASCII <c>filename</c> for clients that read only that.
/// </summary>
public static class ReportDownload
{
    public static IResult Of(HttpContext context, ReportFile file, string asciiName, bool inline)
    {
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        disposition.FileName = asciiName + Path.GetExtension(file.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Bytes(file.Bytes, file.ContentType);
    }

    /// <summary>The JSON 通报 with the same kind of file name, so a saved answer is named like the other formats.</summary>
    public static IResult Json(HttpContext context, SamplingReport report, string name, string asciiName)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(name + ".json");
        disposition.FileName = asciiName + ".json";
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Ok(report);
    }
}
