using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Media.Probes.Extractors;

/// <summary>
/// Reads inline script variables the way WeChat writes them: <c>var mid = "" || "" || "2651788393";</c>.
/// The server fills in one of several alternatives, so the value is the first non-empty literal.
/// </summary>
internal static partial class ScriptLiterals
{
    /// <summary>First non-empty value of each wanted variable, in page order.</summary>
    public static Dictionary<string, string> ReadVariables(string script, IReadOnlyCollection<string> names)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in VarDeclaration().Matches(script))
        {
            var name = match.Groups["name"].Value;
            if (!found.ContainsKey(name) && names.Contains(name)
                && FirstNonEmpty(script, match.Index + match.Length) is { } value)
            {
                found[name] = value;
            }
        }

        return found;
    }

    /// <summary>Walks <c>"a" || 'b' || 42</c> from <paramref name="start"/> and returns the first non-empty literal.</summary>
    public static string? FirstNonEmpty(string script, int start)
    {
        var i = start;
        while (true)
        {
            i = SkipSpaces(script, i);
            string? literal = null;
            if (i < script.Length && script[i] is '"' or '\'')
            {
                literal = ReadString(script, ref i);
            }
            else if (i < script.Length && char.IsAsciiDigit(script[i]))
            {
                var begin = i;
                while (i < script.Length && char.IsAsciiDigit(script[i]))
                {
                    i++;
                }

                literal = script[begin..i];
            }

            if (!string.IsNullOrEmpty(literal))
            {
                return literal;
            }

            i = SkipSpaces(script, i);
            if (literal is null || i + 1 >= script.Length || script[i] != '|' || script[i + 1] != '|')
            {
                return null;
            }

            i += 2;
        }
    }

    /// <summary>Reads a quoted JS string at <paramref name="i"/>, decoding its escapes; null if unterminated.</summary>
    public static string? ReadString(string script, ref int i)
    {
        var quote = script[i++];
        var text = new StringBuilder();
        while (i < script.Length)
        {
            var c = script[i++];
            if (c == quote)
            {
                return text.ToString();
            }

            if (c is '\n' or '\r')
            {
                return null;
            }

            if (c != '\\' || i >= script.Length)
            {
                text.Append(c);
                continue;
            }

            var escaped = script[i++];
            switch (escaped)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'x' when TryHex(script, i, 2, out var x): text.Append((char)x); i += 2; break;
                case 'u' when TryHex(script, i, 4, out var u): text.Append((char)u); i += 4; break;
                default: text.Append(escaped); break;
            }
        }

        return null;
    }

    private static bool TryHex(string s, int at, int length, out int value)
    {
        value = 0;
        return at + length <= s.Length
            && int.TryParse(s.AsSpan(at, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"\bvar\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*", RegexOptions.CultureInvariant)]
    private static partial Regex VarDeclaration();
}
