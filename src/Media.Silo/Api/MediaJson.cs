using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Media.Silo.Api;

/// <summary>The JSON conventions of the API: camelCase, ISO dates, enums as camelCase strings.</summary>
public static class MediaJson
{
    /// <summary>For request bodies: no numbers in strings, no trailing commas, no comments.</summary>
    public static readonly JsonSerializerOptions Strict = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
        // A second copy of a property must not silently replace a first one that was validated by eye.
        AllowDuplicateProperties = false,
    });

    /// <summary>Applies Media's conventions to a set of options (also used for responses).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // API JSON is never embedded in HTML pages, so Chinese and "+" in offsets stay readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new BeijingInstantConverter());
        return options;
    }
}
