using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// One generated request that must be refused with a 4xx. <see cref="Field"/> is the field a 400 must
/// name in its <c>errors</c>, when the mutation is about one field. The body is built only when sent,
/// so hundreds of megabyte-sized cases do not sit in memory together.
/// </summary>
internal sealed record BadRequest(string Path, string Description, Func<HttpContent?> Content, string? Field = null)
{
    public bool AsUnitUser { get; init; }

    public override string ToString() =>
        $"POST {Path} as {(AsUnitUser ? "unit user" : "admin")}: {Description}";
}

/// <summary>Request bodies exactly as the generator wants them on the wire.</summary>
internal static class Bodies
{
    public const string JsonType = "application/json";

    public static HttpContent Json(string text) => Bytes(Encoding.UTF8.GetBytes(text), JsonType);

    public static HttpContent Bytes(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), so the server must bound it while reading.</summary>
    public static HttpContent WithoutLength(string text)
    {
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonType);
        return content;
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
