using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Media.Domain.Time;

namespace Media.Cli.Probe;

/// <summary>Writes instants with the Beijing offset (+08:00), as the API does, whatever offset the extractor used.</summary>
internal sealed class BeijingInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The probe report is written, never read.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(BeijingTime.ToBeijing(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
