using System.Text;

namespace ReportLint.Documents;

/// <summary>
/// Turns the bytes of a text draft into a string: UTF-8 (with or without BOM), UTF-16 with BOM,
/// and otherwise Windows-1258, the legacy Vietnamese code page that older drafts were saved in.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, IsLegacy: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, IsLegacy: false);
        }

        // Text never holds NUL; a file that does is binary (or UTF-16 without its BOM, which no
        // editor of these drafts writes).
        if (bytes.Contains((byte)0))
        {
            throw new DraftReadException(DraftReadProblem.Binary);
        }

        try
        {
            return Utf8(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Any byte decodes in Windows-1258, so what is not UTF-8 is only taken for legacy text
            // when it has none of the control codes that binary data is full of.
            if (HasBinaryControlCodes(bytes))
            {
                throw new DraftReadException(DraftReadProblem.Binary);
            }

            var windows1258 = Encoding.GetEncoding(1258);
            return new DecodedText(windows1258.GetString(bytes), windows1258, IsLegacy: true);
        }
    }

    private static bool HasBinaryControlCodes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A))
            {
                return true;
            }
        }

        return false;
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes) => new(StrictUtf8.GetString(bytes), Encoding.UTF8, IsLegacy: false);
}

internal sealed record DecodedText(string Text, Encoding Encoding, bool IsLegacy);
