using System.Diagnostics.CodeAnalysis;

namespace Media.Application;

/// <summary>
/// What every use case answers: the value it produced, or the <see cref="Refusal"/> that says why it produced
/// none. The API turns a refusal into problem details and the pages into form messages, each in one place.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Why nothing was done; null when the use case did its work.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether the use case did its work (and <see cref="Value"/> holds what it produced).</summary>
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsDone => Refusal is null;

    /// <summary>What the use case produced; reading it from a refusal is a programming error.</summary>
    public T Value => IsDone ? _value! : throw new InvalidOperationException("A refused outcome has no value: " + Refusal.Message);

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
