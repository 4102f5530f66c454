using System.Diagnostics.CodeAnalysis;

namespace Media.Domain.Regions;

/// <summary>
/// A 6-digit GB/T 2260 administrative region code (行政区划代码). Jurisdictions nest by digits:
/// <c>PP0000</c> contains every <c>PP....</c>, <c>PPCC00</c> contains every <c>PPCC..</c>.
/// Only syntactically valid codes can be constructed, so <see cref="Value"/> is always six digits
/// (except on <c>default</c>, which callers should not use).
/// </summary>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public RegionLevel Level =>
        Value.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : Value.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City
        : RegionLevel.County;

    /// <summary>The province (<c>PP0000</c>) this code belongs to; a province returns itself.</summary>
    public RegionCode Province => new(string.Concat(Value.AsSpan(0, 2), "0000"));

    /// <summary>The city (<c>PPCC00</c>) this code belongs to; a province or city returns itself.</summary>
    public RegionCode City => Level == RegionLevel.Province ? this : new(string.Concat(Value.AsSpan(0, 4), "00"));

    /// <summary>The enclosing code one level up by digits, or null for a province.</summary>
    public RegionCode? Parent => Level switch
    {
        RegionLevel.Province => null,
        RegionLevel.City => Province,
        _ => City,
    };

    /// <summary>
    /// Accepts exactly six ASCII digits with a province part from 11 to 82. A county part without a
    /// city part (<c>PP00XX</c>) is rejected: GB/T 2260 has no such codes and its city would be ambiguous.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionCode code)
    {
        code = default;
        if (s is null || s.Length != 6 || s.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var province = ((s[0] - '0') * 10) + (s[1] - '0');
        if (province is < 11 or > 82)
        {
            return false;
        }

        if (s[2] == '0' && s[3] == '0' && !(s[4] == '0' && s[5] == '0'))
        {
            return false;
        }

        code = new RegionCode(s);
        return true;
    }

    /// <exception cref="FormatException">The text is not a valid region code.</exception>
    public static RegionCode Parse(string s) =>
        TryParse(s, out var code) ? code : throw new FormatException($"'{s}' is not a 6-digit GB/T 2260 region code.");

    /// <summary>True when <paramref name="other"/> lies in this code's jurisdiction (every code contains itself).</summary>
    public bool Contains(RegionCode other) => Level switch
    {
        RegionLevel.Province => other.Province == this,
        RegionLevel.City => other.Level != RegionLevel.Province && other.City == this,
        _ => other == this,
    };

    public override string ToString() => Value ?? string.Empty;
}
