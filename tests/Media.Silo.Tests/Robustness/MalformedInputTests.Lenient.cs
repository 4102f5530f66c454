using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// Bad requests that are well-formed JSON of the right types, so only the API's own strictness can refuse
/// them: a property given twice (which copy counts is up to the parser) and control characters in text.
/// </summary>
public sealed partial class MalformedInputTests
{
    [Theory]
    [InlineData("/api/units", "code", 1)]
    [InlineData("/api/accounts", "platform", 2)]
    [InlineData("/api/accounts", "unitCode", 3)]
    [InlineData("/api/users", "role", 4)]
    public async Task Duplicated_properties_are_refused_even_when_the_last_copy_is_valid(string path, string field, int seed)
    {
        var body = world.Templates.First(t => t.Path == path).Create(new Random(seed));
        var invalid = field switch
        {
            "platform" => "twitter",
            "role" => "root",
            _ => BadValues.UnitCodes(new Random(Seed), "440104")[0],
        };
        var text = $"{{\"{field}\":\"{invalid}\"," + body.ToJsonString()[1..];

        await AssertRefusedAsync(path, text, field,
            $"{{\"{field}\": \"{invalid}\", …, \"{field}\": {body[field]!.ToJsonString()}}}");
    }

    [Theory]
    [InlineData("unit", "name", "越秀\u0000区")]
    [InlineData("account", "name", "\u0007\u0008")]
    [InlineData("account", "responsible.name", "张\u001b[31m三")]
    [InlineData("account", "responsible.email", "zhang\u0000@example.cn")]
    [InlineData("account", "exceptionReason", "\u0001")]
    [InlineData("supervisor user", "displayName", "\u0000")]
    [InlineData("change filing", "changes.name", "发布\u0000")]
    public async Task Control_characters_in_text_fields_are_refused(string template, string field, string value)
    {
        var chosen = world.Templates.Single(t => t.Name == template);
        var body = JsonPaths.Set(chosen.Create(new Random(field.Length * 100 + value.Length)), field, value);

        await AssertRefusedAsync(chosen.Path, body.ToJsonString(), field, $"{template} with {field} = {FieldMutations.Describe(value)}");
    }

    private async Task AssertRefusedAsync(string path, string json, string field, string description)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var before = await StoreFingerprint.TakeAsync(world.Silo.DatabaseFile, cancellationToken: cancellationToken);

        using var response = await world.Admin.Http.PostAsync(path, Bodies.Json(json), cancellationToken);

        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest,
            $"{description} gave {(int)response.StatusCode}: {ResponseCheck.Shorten(answer)}");
        Assert.NotNull(JsonNode.Parse(answer)?["errors"]?[field]);
        Assert.Equal(before, await StoreFingerprint.TakeAsync(world.Silo.DatabaseFile, cancellationToken: cancellationToken));
    }
}
