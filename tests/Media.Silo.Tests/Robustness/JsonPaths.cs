using System.Globalization;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// Edits a body by path (<c>responsible.phone</c>, <c>rows[0].handle</c>: the same spelling the API uses
/// for field errors), and splices raw text (invalid JSON included) in place of a value.
/// </summary>
internal static class JsonPaths
{
    /// <summary>Stands for a value in serialized JSON until <see cref="WithRaw"/> replaces it.</summary>
    private const string Marker = "RAW-VALUE-MARKER-5c1e";

    public static JsonObject Set(JsonObject body, string path, JsonNode? value)
    {
        var (parent, name, index) = Walk(body, path);
        if (index is { } i)
        {
            parent[name]!.AsArray()[i] = value;
        }
        else
        {
            parent[name] = value;
        }

        return body;
    }

    public static JsonObject Remove(JsonObject body, string path)
    {
        var (parent, name, index) = Walk(body, path);
        if (index is { } i)
        {
            parent[name]!.AsArray().RemoveAt(i);
        }
        else
        {
            parent.Remove(name);
        }

        return body;
    }

    /// <summary>The body as JSON text with the value at <paramref name="path"/> written as <paramref name="raw"/>.</summary>
    public static string WithRaw(JsonObject body, string path, string raw) =>
        Set(body, path, Marker).ToJsonString().Replace($"\"{Marker}\"", raw, StringComparison.Ordinal);

    /// <summary>As <see cref="WithRaw"/>, but raw bytes (invalid UTF-8 included).</summary>
    public static byte[] WithRawBytes(JsonObject body, string path, byte[] raw)
    {
        var text = Set(body, path, Marker).ToJsonString();
        var at = text.IndexOf($"\"{Marker}\"", StringComparison.Ordinal);
        var before = System.Text.Encoding.UTF8.GetBytes(text[..at]);
        var after = System.Text.Encoding.UTF8.GetBytes(text[(at + Marker.Length + 2)..]);
        return [.. before, .. raw, .. after];
    }

    // The object holding the last segment, that segment's name, and its array index if it has one.
    private static (JsonObject Parent, string Name, int? Index) Walk(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            var (name, index) = Segment(part);
            var child = node[name]!;
            node = (index is { } i ? child.AsArray()[i]! : child).AsObject();
        }

        var (last, lastIndex) = Segment(parts[^1]);
        return (node, last, lastIndex);
    }

    private static (string Name, int? Index) Segment(string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? (part, null)
            : (part[..bracket], int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture));
    }
}
