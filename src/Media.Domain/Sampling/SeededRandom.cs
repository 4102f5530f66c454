using System.Security.Cryptography;
using System.Text;

namespace Media.Domain.Sampling;

/// <summary>
/// SplitMix64 seeded from the SHA-256 of a text seed. Media's own generator rather than
/// <see cref="Random"/>, whose sequence .NET does not promise to keep: a sample must be reproducible
/// from its recorded seed for as long as the report is kept.
/// </summary>
public sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        _state = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0);
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound), without modulo bias.</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);

        return (int)(value % (ulong)bound);
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
