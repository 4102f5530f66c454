using System.Text;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// Breaks a whole body: truncated or invalid JSON, random bytes, nothing at all, a value that is not an
/// object, nesting 1000 deep, the wrong encoding, or a valid body under the wrong content type.
/// </summary>
internal static class SyntaxMutations
{
    public static IEnumerable<BadRequest> For(BodyTemplate template, Random random)
    {
        var seed = random.Next();
        string Valid() => template.Create(new Random(seed)).ToJsonString();
        BadRequest Case(string what, Func<HttpContent?> content) => new(template.Path, $"{template.Name}: {what}", content);

        var length = Valid().Length;
        for (var i = 0; i < 6; i++)
        {
            var cut = random.Next(1, length - 1);
            yield return Case($"truncated after {cut} of {length} characters", () => Bodies.Json(Valid()[..cut]));
        }

        for (var i = 0; i < 4; i++)
        {
            var bytes = new byte[random.Next(1, 3000)];
            random.NextBytes(bytes);
            yield return Case($"{bytes.Length} random bytes", () => Bodies.Bytes(bytes, Bodies.JsonType));
        }

        var printable = string.Concat(Enumerable.Range(0, random.Next(1, 500)).Select(_ => (char)random.Next(32, 127)));
        yield return Case($"{printable.Length} random printable characters", () => Bodies.Json(printable));
        var afterBrace = new byte[random.Next(1, 500)];
        random.NextBytes(afterBrace);
        yield return Case("'{' and random bytes", () => Bodies.Bytes([(byte)'{', .. afterBrace], Bodies.JsonType));

        yield return Case("empty JSON body", () => Bodies.Bytes([], Bodies.JsonType));
        yield return Case("no body and no content type", () => null);
        foreach (var value in new[] { "{}", "[]", "\"text\"", "42", "null", "true", "[{}]" })
        {
            yield return Case($"body {value}", () => Bodies.Json(value));
        }

        yield return Case("the valid body inside an array", () => Bodies.Json($"[{Valid()}]"));
        yield return Case("trailing comma", () => Bodies.Json(Valid()[..^1] + ",}"));
        yield return Case("comment", () => Bodies.Json("{/* c */" + Valid()[1..]));
        yield return Case("single quotes", () => Bodies.Json(Valid().Replace('"', '\'')));
        yield return Case("unquoted property name", () => Bodies.Json("{x:1," + Valid()[1..]));
        yield return Case("NaN", () => Bodies.Json("{\"x\":NaN," + Valid()[1..]));
        yield return Case("garbage after the object", () => Bodies.Json(Valid() + "x"));
        yield return Case("two objects", () => Bodies.Json(Valid() + Valid()));
        yield return Case("JSON hijacking prefix", () => Bodies.Json(")]}',\n" + Valid()));
        yield return Case("BOM and NUL", () => Bodies.Bytes([0xEF, 0xBB, 0xBF, 0x00], Bodies.JsonType));
        yield return Case("UTF-16 with charset=utf-16",
            () => Bodies.Bytes(Encoding.Unicode.GetBytes(Valid()), "application/json; charset=utf-16"));

        yield return Case("arrays nested 1000 deep", () => Bodies.Json(new string('[', 1000) + new string(']', 1000)));
        yield return Case("objects nested 1000 deep",
            () => Bodies.Json(string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000)));
        yield return Case("unknown property nested 1000 deep",
            () => Bodies.Json("{\"deep\":" + new string('[', 1000) + new string(']', 1000) + "," + Valid()[1..]));

        yield return Case("text/plain", () => Bodies.Bytes(Encoding.UTF8.GetBytes(Valid()), "text/plain"));
        yield return Case("no content type", () => Bodies.Bytes(Encoding.UTF8.GetBytes(Valid()), null));
        yield return Case("application/octet-stream", () => Bodies.Bytes(Encoding.UTF8.GetBytes(Valid()), "application/octet-stream"));
        yield return Case("text/html", () => Bodies.Bytes(Encoding.UTF8.GetBytes(Valid()), "text/html; charset=utf-8"));
        yield return Case("application/xml", () => Bodies.Bytes(Encoding.UTF8.GetBytes(Xml(template.Create(new Random(seed)))), "application/xml"));
        yield return Case("multipart/form-data", () => Multipart(template.Create(new Random(seed))));
        yield return Case("application/x-www-form-urlencoded", () => new FormUrlEncodedContent(Fields(template.Create(new Random(seed)))));
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(JsonObject body) =>
        body.Where(p => p.Value is JsonValue).Select(p => KeyValuePair.Create(p.Key, p.Value!.ToString()));

    private static MultipartFormDataContent Multipart(JsonObject body)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(body))
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private static string Xml(JsonObject body) =>
        "<request>" + string.Concat(Fields(body).Select(p => $"<{p.Key}>{System.Security.SecurityElement.Escape(p.Value)}</{p.Key}>")) + "</request>";
}
