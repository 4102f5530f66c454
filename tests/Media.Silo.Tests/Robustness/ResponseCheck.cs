using System.Text.Json;

namespace Media.Silo.Tests.Robustness;

/// <summary>What a refusal must look like: a 4xx problem document, and a 400 for a field names that field.</summary>
internal static class ResponseCheck
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Null when the answer is right, otherwise what is wrong with it.</summary>
    public static string? Fault(BadRequest request, int status, string? mediaType, string body)
    {
        if (status is < 400 or >= 500)
        {
            return $"{status} {Shorten(body)}";
        }

        if (mediaType != ProblemJson)
        {
            return $"{status} as {mediaType ?? "no content type"}, not {ProblemJson}: {Shorten(body)}";
        }

        if (status != 400 || request.Field is null)
        {
            return null;
        }

        var keys = ErrorKeys(body);
        return keys.Any(k => Names(k, request.Field))
            ? null
            : $"400 whose errors [{string.Join(", ", keys)}] do not name {request.Field}: {Shorten(body)}";
    }

    // "responsible.phone" is named by itself, and a JSON path below it ("name[0][0]") names "name".
    private static bool Names(string key, string field) =>
        key == field
        || key.StartsWith(field + ".", StringComparison.Ordinal)
        || key.StartsWith(field + "[", StringComparison.Ordinal);

    private static List<string> ErrorKeys(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                ? [.. errors.EnumerateObject().Select(p => p.Name)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Shorten(string text) => text.Length <= 240 ? text : text[..240] + "…";
}
