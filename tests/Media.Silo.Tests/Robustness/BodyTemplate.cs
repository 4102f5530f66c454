using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Robustness;

/// <summary>The JSON type a field expects.</summary>
internal enum FieldKind
{
    Text,
    Flag,
    Object,
    List,
}

/// <summary>
/// A field of a request body by its dotted path. <see cref="Required"/>: leaving it out or sending null is
/// an error (for a nested field: while its parent is present). <see cref="Invalid"/>: values of the right
/// JSON type that the API must still refuse (strings for text, raw JSON for objects).
/// </summary>
internal sealed record FieldSpec(string Path, FieldKind Kind, bool Required, IReadOnlyList<string> Invalid)
{
    public static FieldSpec Text(string path, bool required, params IEnumerable<string> invalid) =>
        new(path, FieldKind.Text, required, [.. invalid]);

    public static FieldSpec Flag(string path, bool required) => new(path, FieldKind.Flag, required, []);

    /// <summary>An object field; unless <paramref name="emptyIsInvalid"/> is false, <c>{}</c> must be refused.</summary>
    public static FieldSpec Object(string path, bool required, bool emptyIsInvalid = true) =>
        new(path, FieldKind.Object, required, emptyIsInvalid ? ["{}"] : []);

    /// <summary>A list field; <paramref name="invalid"/> are raw JSON arrays it must refuse.</summary>
    public static FieldSpec List(string path, bool required, params IEnumerable<string> invalid) =>
        new(path, FieldKind.List, required, [.. invalid]);

    /// <summary>The same field inside a list item, e.g. an account field in <c>rows[0]</c>.</summary>
    public FieldSpec Under(string prefix) => this with { Path = prefix + "." + Path };

    public bool TopLevel => Path.IndexOfAny(['.', '[']) < 0;
}

/// <summary>
/// A valid request body for an endpoint, made fresh (new codes, handles, usernames) for each case so that
/// a mutation the API fails to refuse shows up as a 2xx and a new record, never as a 409.
/// </summary>
internal sealed record BodyTemplate(string Name, string Path, Func<Random, JsonObject> Create, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Whether a unit user is refused before its body is read (it may not use the endpoint at all).</summary>
    public bool UnitUserForbidden { get; init; }
}
