using System.Text;
using Media.Abstractions.Index;

namespace Media.Grains.Index;

/// <summary>
/// A region's searchable text (each line's name, account id and unit code, upper-cased, as UTF-8 in one array), so a search
/// is one vectorized scan of the array instead of three case-insensitive comparisons per line. Built when first searched and
/// again after a line is added or renamed; a line changed in place (posts, status) keeps its place, so the text stays valid.
/// The units' lines (<see cref="UnitLines"/>) are kept and dropped with the text: the same changes move them.
/// </summary>
internal sealed class LineSearch
{
    // Neither can be in a search text the lists accept (a control character), so a match never spans two fields or lines.
    private const byte FieldEnd = 0x01;
    private const byte LineEnd = 0x0A;

    private byte[]? _text;
    private int[] _starts = [];

    /// <summary>The lines of each unit, for a search that names units.</summary>
    public UnitLines Units { get; } = new();

    public void Invalidate()
    {
        _text = null;
        Units.Invalidate();
    }

    /// <summary>Drops what a line's change makes stale: a new line (null <paramref name="before"/>) moves the ones after it.</summary>
    public void Replaced(IndexEntry? before, IndexEntry after)
    {
        if (before is null || before.Name != after.Name || before.UnitCode != after.UnitCode)
        {
            Invalidate();
        }
    }

    /// <summary>Whether <paramref name="text"/> can be searched here (not a control character in it).</summary>
    public static bool Searchable(string text) => !text.Any(char.IsControl);

    /// <summary>The positions (in <paramref name="entries"/>) of the lines whose name, id or unit code holds the text, ascending.</summary>
    public IEnumerable<int> Find(List<IndexEntry> entries, string text)
    {
        var (haystack, starts) = Built(entries);
        var needle = Encoding.UTF8.GetBytes(text.ToUpperInvariant());
        var at = 0;
        while (at < haystack.Length)
        {
            var found = haystack.AsSpan(at).IndexOf(needle);
            if (found < 0)
            {
                yield break;
            }

            var line = LineOf(starts, at + found);
            yield return line;
            at = line + 1 < starts.Length ? starts[line + 1] : haystack.Length;
        }
    }

    private (byte[] Text, int[] Starts) Built(List<IndexEntry> entries)
    {
        if (_text is { } built)
        {
            return (built, _starts);
        }

        var starts = new int[entries.Count];
        var text = new List<byte>(entries.Count * 48);
        for (var i = 0; i < entries.Count; i++)
        {
            starts[i] = text.Count;
            var e = entries[i];
            Append(text, e.Name);
            text.Add(FieldEnd);
            Append(text, e.AccountId);
            text.Add(FieldEnd);
            Append(text, e.UnitCode);
            text.Add(LineEnd);
        }

        (_text, _starts) = ([.. text], starts);
        return (_text, _starts);
    }

    private static void Append(List<byte> text, string field) => text.AddRange(Encoding.UTF8.GetBytes(field.ToUpperInvariant()));

    // The last line starting at or before the position.
    private static int LineOf(int[] starts, int position)
    {
        var at = Array.BinarySearch(starts, position);
        return at >= 0 ? at : ~at - 1;
    }
}
