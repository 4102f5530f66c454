using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Media.Abstractions.Audit;

/// <summary>How records are written into the audit log: camelCase, Chinese kept readable.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The JSON of <paramref name="value"/> for a row's before or after; null stays null.</summary>
    public static string? Of<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, Options);
}
