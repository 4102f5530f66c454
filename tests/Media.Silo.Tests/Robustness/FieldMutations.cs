using System.Text;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// Breaks one field of a valid body at a time: leaves it out, nulls it, gives it the wrong JSON type or
/// a huge number, an invalid value of the right type, a 1 MB string, a lone surrogate, a raw control
/// character or invalid UTF-8, nesting far past the limit, or a second copy of the property.
/// </summary>
internal static class FieldMutations
{
    private const int Megabyte = 1024 * 1024;

    private static readonly string[] NotText =
        ["42", "-1.5", "1e400", "123456789012345678901234567890", "true", "[]", "[\"x\"]", "{\"x\":1}"];

    private static readonly string[] NotFlag = ["\"true\"", "1", "0", "1e400", "\"\"", "[]", "{\"x\":true}"];

    private static readonly string[] NotObject = ["\"text\"", "1", "true", "[]", "[{}]"];

    private static readonly string[] NotList = ["\"text\"", "1", "true", "{}", "[1]", "[\"x\"]", "[[]]"];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0x22, 0xC3, 0x28, 0x22],
        [0x22, 0xFF, 0xFE, 0x22],
        [0x22, 0xC0, 0xAF, 0x22],
        [0x22, 0xED, 0xA0, 0x80, 0x22],
    ];

    public static IEnumerable<BadRequest> For(BodyTemplate template, Random random)
    {
        var deepField = template.Fields[random.Next(template.Fields.Count)].Path;
        foreach (var field in template.Fields)
        {
            var path = field.Path;
            var seed = random.Next();
            JsonObject Fresh() => template.Create(new Random(seed));
            BadRequest Case(string what, Func<HttpContent?> content, string? error = null) =>
                new(template.Path, $"{template.Name}: {path} {what}", content, error);

            if (field.Required)
            {
                yield return Case("missing", () => Bodies.Json(JsonPaths.Remove(Fresh(), path).ToJsonString()), path);
                yield return Case("= null", () => Bodies.Json(JsonPaths.Set(Fresh(), path, null).ToJsonString()), path);
            }

            var wrongTypes = field.Kind switch
            {
                FieldKind.Text => NotText,
                FieldKind.Flag => NotFlag,
                FieldKind.List => NotList,
                _ => NotObject,
            };
            foreach (var raw in wrongTypes)
            {
                yield return Case($"= {raw}", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, raw)), path);
            }

            if (path == deepField)
            {
                var deep = new string('[', 1000) + new string(']', 1000);
                var justTooDeep = new string('[', 17) + new string(']', 17);
                yield return Case("nested 1000 deep", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, deep)));
                yield return Case("nested 17 deep", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, justTooDeep)));
            }

            if (field.TopLevel)
            {
                var wrong = field.Kind == FieldKind.Text ? "42" : "\"text\"";
                yield return Case($"duplicated, first {wrong}",
                    () => Bodies.Json($"{{\"{path}\":{wrong}," + Fresh().ToJsonString()[1..]), path);
                yield return Case($"duplicated, last {wrong}",
                    () => Bodies.Json(Fresh().ToJsonString()[..^1] + $",\"{path}\":{wrong}}}"), path);
            }

            if (field.Kind is FieldKind.Object or FieldKind.List)
            {
                foreach (var raw in field.Invalid)
                {
                    yield return Case(raw.Length <= 40 ? $"= {raw}" : $"= {raw[..20]}… ({raw.Length} chars)", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, raw)), path);
                }
            }

            if (field.Kind != FieldKind.Text)
            {
                continue;
            }

            var blanks = field.Required ? new[] { "", "   " } : [];
            foreach (var value in blanks.Concat(field.Invalid).Distinct(StringComparer.Ordinal))
            {
                yield return Case($"= {Describe(value)}", () => Bodies.Json(JsonPaths.Set(Fresh(), path, value).ToJsonString()), path);
            }

            var chunked = random.Next(4) == 0;
            yield return Case(chunked ? "= 1 MB string, chunked" : "= 1 MB string", () =>
            {
                var text = JsonPaths.Set(Fresh(), path, new string('x', Megabyte)).ToJsonString();
                return chunked ? Bodies.WithoutLength(text) : Bodies.Json(text);
            });
            yield return Case("= lone surrogate", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, "\"ab\\ud800cd\"")), path);
            yield return Case("= raw control character", () => Bodies.Json(JsonPaths.WithRaw(Fresh(), path, "\"a\u0001b\"")));
            var utf8 = InvalidUtf8[random.Next(InvalidUtf8.Length)];
            yield return Case($"= invalid UTF-8 {Convert.ToHexString(utf8[1..^1])}",
                () => Bodies.Bytes(JsonPaths.WithRawBytes(Fresh(), path, utf8), Bodies.JsonType));
        }
    }

    /// <summary>A value as a test report shows it: quoted, control characters escaped, long ones cut.</summary>
    public static string Describe(string value)
    {
        var shown = new StringBuilder();
        foreach (var c in value.Length > 40 ? value[..40] : value)
        {
            shown.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u200b' or '\u202e' ? $"\\u{(int)c:x4}" : c);
        }

        return value.Length > 40 ? $"\"{shown}…\" ({value.Length} chars)" : $"\"{shown}\"";
    }
}
