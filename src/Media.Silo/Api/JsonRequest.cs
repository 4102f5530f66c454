using System.Text.Json;
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

        try
        {
            using var buffer = new MemoryStream();
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
