using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Media.Silo.Api;

/// <summary>
/// Reads a JSON body strictly and turns every way it can be wrong into a 4xx problem: wrong content type
/// (415), too large (413), not JSON or a value of the wrong type (400 naming the field).
/// </summary>
public static class JsonRequest
{
    public const int DefaultMaxBytes = 256 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes = DefaultMaxBytes)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType());
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        // An endpoint allowed more than the server's default (a sheet import) raises the server's limit for this request only;
        // the copy below still stops at maxBytes.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && limit.MaxRequestBodySize < maxBytes)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            // Sized from the declared length when there is one, so a large body is not copied again at each doubling.
            using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, maxBytes));
            await CopyBoundedAsync(request.Body, buffer, maxBytes, request.HttpContext.RequestAborted);
            buffer.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(buffer, MediaJson.Strict, request.HttpContext.RequestAborted);
            return value is null
                ? (null, Problems.Validation("body", "请求体不能为空"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Problems.Validation(field, "格式或类型不正确"));
        }
        catch (BodyTooLargeException)
        {
            return (null, Problems.TooLarge(maxBytes));
        }
    }

    private static async Task CopyBoundedAsync(Stream source, Stream target, int maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        var total = 0;
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new BodyTooLargeException();
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    private sealed class BodyTooLargeException : Exception;
}
