using System.Text.Json;
using Media.Domain.Monitoring;

namespace Media.Domain.Websites;

/// <summary>Reads and checks <c>deductions.json</c>: every problem names the item (index and id) and the key.</summary>
internal static class DeductionSheetReader
{
    private static readonly string[] SheetKeys = ["source", "items"];
    private static readonly string[] ItemKeys = ["id", "group", "name", "points", "max", "source", "confirmed"];

    public static DeductionSheet Read(Stream json)
    {
        using var document = Open(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Broken("扣分表须为JSON对象 (the sheet must be a JSON object)");
        }

        CheckKeys(root, SheetKeys, "扣分表");
        var source = RequiredString(root, "source", "扣分表");
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw Broken("扣分表须有items数组 (\"items\" must be an array)");
        }

        var read = new List<DeductionItem>();
        var index = 0;
        foreach (var element in items.EnumerateArray())
        {
            index++;
            var item = ReadItem(element, $"第{index}项");
            if (read.Any(i => i.Id == item.Id))
            {
                throw Broken($"第{index}项：扣分项id \"{item.Id}\" 重复 (duplicate id)");
            }

            read.Add(item);
        }

        return read.Count == 0 ? throw Broken("扣分表没有扣分项 (\"items\" is empty)") : new DeductionSheet(source, read);
    }

    private static DeductionItem ReadItem(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Broken($"{where}须为JSON对象 (each item must be an object)");
        }

        var id = RequiredString(item, "id", where);
        where = $"{where}（{id}）";
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw Broken($"{where}：id只能含小写字母、数字和连字符 (id: a-z, 0-9, '-')");
        }

        // A veto is not a deduction: an item under a veto's id would score what the sheet says fails outright.
        if (WebsiteRules.IsKnown(id) && WebsiteRules.KindOf(id) == RuleKind.Veto)
        {
            throw Broken($"{where}：{id} 是单项否决规则，不是扣分项 (a veto rule is not a deduction)");
        }

        CheckKeys(item, ItemKeys, where);
        var points = Number(item, "points", where) ?? throw Broken($"{where}：缺少points (missing \"points\")");
        if (points <= 0)
        {
            throw Broken($"{where}：points须为正数，现为{points} (points must be positive)");
        }

        var max = Number(item, "max", where);
        if (max < points)
        {
            throw Broken($"{where}：max（{max}）不能小于points（{points}） (max must be at least points)");
        }

        if (!item.TryGetProperty("confirmed", out var confirmed) || confirmed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Broken($"{where}：confirmed须为true或false (\"confirmed\" must be a boolean)");
        }

        return new DeductionItem(id, RequiredString(item, "group", where), RequiredString(item, "name", where), points, max,
            RequiredString(item, "source", where), confirmed.GetBoolean());
    }

    private static void CheckKeys(JsonElement element, string[] known, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Broken($"{where}：未知字段 \"{property.Name}\"，可用字段：{string.Join("、", known)} (unknown key)");
            }

            // JSON allows a repeated key and keeps the last; in this file it is always an editing mistake.
            if (!seen.Add(property.Name))
            {
                throw Broken($"{where}：字段 \"{property.Name}\" 重复 (repeated key)");
            }
        }
    }

    private static string RequiredString(JsonElement element, string key, string where) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString()?.Trim() is { Length: > 0 } text
            ? text
            : throw Broken($"{where}：{key}须为非空字符串 (\"{key}\" must be a non-empty string)");

    private static decimal? Number(JsonElement element, string key, string where)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw Broken($"{where}：{key}须为数字 (\"{key}\" must be a number)");
    }

    private static JsonDocument Open(Stream json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"扣分表不是有效的JSON (not valid JSON): {e.Message}", e);
        }
    }

    private static InvalidDataException Broken(string message) => new(message);
}
