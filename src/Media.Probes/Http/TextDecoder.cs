using System.Text;
using System.Text.RegularExpressions;

namespace Media.Probes.Http;

/// <summary>
/// Turns a body into text like a browser would: BOM, then the Content-Type charset, then a
/// <c>&lt;meta charset&gt;</c> or XML declaration in the first bytes, then strict UTF-8, then GB18030.
/// GBK and GB2312 pages are common on Chinese government sites, and GB18030 decodes both. Decoding
/// never throws: invalid bytes become U+FFFD.
/// </summary>
internal static partial class TextDecoder
{
    private const int SniffBytes = 4096;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding Gb18030 { get; } = GetGb18030();

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (Bom(body) is { } bom)
        {
            return bom.Encoding.GetString(body[bom.Length..]);
        }

        var declared = Named(headerCharset) ?? Named(Sniff(body));
        if (declared is not null)
        {
            return declared.GetString(body);
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(body);
        }
    }

    /// <summary>A charset label as an encoding; GBK-family labels map to GB18030, unknown labels to null.</summary>
    public static Encoding? Named(string? charset)
    {
        var label = charset?.Trim().Trim('"', '\'').ToUpperInvariant();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        if (label is "GBK" or "GB2312" or "X-GBK" or "GB_2312-80" or "CP936" or "GB18030")
        {
            return Gb18030;
        }

        try
        {
            // Same leniency as Encoding.UTF8 (replacement characters), never an exception later.
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    private static string? Sniff(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps bytes one to one, so ASCII markup is found whatever the real encoding is.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var match = DeclaredCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding GetGb18030()
    {
        // .NET ships the Chinese code pages only through this provider; registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex(@"(?:<meta[^>]+charset\s*=\s*[""']?|<\?xml[^>]+encoding\s*=\s*[""'])(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();
}
