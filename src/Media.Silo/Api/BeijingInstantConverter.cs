using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Media.Domain.Time;

namespace Media.Silo.Api;

/// <summary>Writes instants with the Beijing offset (+08:00), the time the users live in; reads any offset.</summary>
public sealed class BeijingInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new JsonException("expected an ISO 8601 instant with offset");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(BeijingTime.ToBeijing(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
