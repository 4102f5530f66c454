using System.Text;

namespace Media.SurveySheets;

/// <summary>
/// Decodes files saved on Chinese desktops. A byte order mark wins; otherwise strict UTF-8, and bytes
/// that are not valid UTF-8 are read as GB18030: Chinese Excel and older government sites write GBK or
/// GB2312, and GB18030 is a superset of both. Never throws: undecodable bytes become U+FFFD.
/// </summary>
public static class ChineseText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        switch (bytes)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return Encoding.UTF8.GetString(bytes[3..]);
            case [0xFF, 0xFE, ..]:
                return Encoding.Unicode.GetString(bytes[2..]);
            case [0xFE, 0xFF, ..]:
                return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // .NET ships the Chinese code pages only through this provider; registering twice is harmless.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
