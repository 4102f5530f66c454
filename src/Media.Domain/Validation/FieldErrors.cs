namespace Media.Domain.Validation;

/// <summary>
/// Collects every problem in a request before answering, so the user fixes a form in one pass.
/// Field names are kept as given (camelCase paths such as <c>responsible.email</c>), matching the JSON.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Number of fields with at least one problem.</summary>
    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors.Add(field, messages);
        }

        messages.Add(message);
    }

    /// <summary>Adds <paramref name="message"/> when it is not null, for use with the <see cref="FieldRules"/> checks.</summary>
    /// <returns>True when a problem was added.</returns>
    public bool AddIfInvalid(string field, string? message)
    {
        if (message is null)
        {
            return false;
        }

        Add(field, message);
        return true;
    }

    /// <summary>A snapshot in the shape of <c>ValidationProblemDetails.Errors</c>.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
