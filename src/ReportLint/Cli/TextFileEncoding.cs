using System.Text;

namespace ReportLint.Cli;

/// <summary>
/// Writes a fixed text draft back as it was stored: the same encoding (UTF-8, UTF-16 or legacy
/// Windows-1258) and the same byte order mark, or none. Line endings are never touched: fixes
/// replace characters inside the text.
/// </summary>
internal static class TextFileEncoding
{
    /// <summary>UTF-8 and UTF-16 hold every character a fix can write.</summary>
    public static bool HoldsAnyText(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201;

    /// <summary>Whether <paramref name="text"/> survives being written in <paramref name="encoding"/> and read back.</summary>
    public static bool CanHold(Encoding encoding, string text)
    {
        if (HoldsAnyText(encoding))
        {
            return true;
        }

        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(strict.GetBytes(text)) == text;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    public static bool StartsWithByteOrderMark(ReadOnlySpan<byte> bytes, Encoding encoding) =>
        encoding.Preamble.Length > 0 && bytes.StartsWith(encoding.Preamble);

    public static void Write(Stream stream, string text, Encoding encoding, bool byteOrderMark)
    {
        if (byteOrderMark)
        {
            stream.Write(encoding.Preamble);
        }

        stream.Write(encoding.GetBytes(text));
    }
}
