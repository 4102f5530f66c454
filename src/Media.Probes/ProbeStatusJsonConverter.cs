using System.Text.Json;
using System.Text.Json.Serialization;

namespace Media.Probes;

/// <summary>Writes and reads <see cref="ProbeStatus"/> as its wire id (<c>not-found</c>, not <c>NotFound</c>).</summary>
public sealed class ProbeStatusJsonConverter : JsonConverter<ProbeStatus>
{
    public override ProbeStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ProbeStatuses.TryParse(reader.GetString(), out var status)
            ? status
            : throw new JsonException($"Unknown probe status; expected one of {string.Join(", ", ProbeStatuses.All)}.");

    public override void Write(Utf8JsonWriter writer, ProbeStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ProbeStatuses.ToId(value));
    }
}
