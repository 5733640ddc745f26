using System.Text;
using ReportLint.VsCodeHost.Protocol.Types;
using Range = ReportLint.VsCodeHost.Protocol.Types.Range;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// Converts between LSP positions and UTF-16 offsets into one text. Lines end at CRLF, CR or LF,
/// as LSP defines them. A character counts code units of the negotiated encoding, not graphemes:
/// a position may fall between a Vietnamese letter and its combining tone mark, but never inside
/// one code point, so positions inside a surrogate pair or a UTF-8 sequence move back to its start.
/// Out-of-range positions clamp: a character past the line's end to the end of the line, a line past
/// the last to the end of the text.
/// </summary>
internal sealed class PositionConverter
{
    private readonly string _text;
    private readonly PositionEncoding _encoding;
    private readonly List<int> _lineStarts = [0];
    private readonly List<int> _lineEnds = [];

    public PositionConverter(string text, PositionEncoding encoding)
    {
        _text = text;
        _encoding = encoding;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n'))
            {
                continue;
            }

            _lineEnds.Add(i);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _lineStarts.Add(i + 1);
        }

        _lineEnds.Add(text.Length);
    }

    public int LineCount => _lineStarts.Count;

    public int ToOffset(Position position)
    {
        if (position.Line >= LineCount)
        {
            return _text.Length;
        }

        var line = Math.Max(position.Line, 0);
        var content = _text.AsSpan(_lineStarts[line], _lineEnds[line] - _lineStarts[line]);
        var character = Math.Max(position.Character, 0);
        return _lineStarts[line] + (_encoding == PositionEncoding.Utf16
            ? SnapToCodePoint(content, Math.Min(character, content.Length))
            : Utf16LengthOfUtf8Prefix(content, character));
    }

    public Position ToPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            // Not a line start: the complement is the next line's index.
            line = ~line - 1;
        }

        // An offset between CR and LF belongs to no character; it ends the line.
        var length = Math.Min(offset, _lineEnds[line]) - _lineStarts[line];
        var content = _text.AsSpan(_lineStarts[line], _lineEnds[line] - _lineStarts[line]);
        var utf16 = SnapToCodePoint(content, length);
        return new Position(line, _encoding == PositionEncoding.Utf16 ? utf16 : Utf8Length(content[..utf16]));
    }

    public Range ToRange(int start, int end) => new(ToPosition(start), ToPosition(end));

    /// <summary>Moves an index that splits a surrogate pair back to the pair's start.</summary>
    private static int SnapToCodePoint(ReadOnlySpan<char> line, int index) =>
        index > 0 && index < line.Length && char.IsLowSurrogate(line[index]) && char.IsHighSurrogate(line[index - 1])
            ? index - 1
            : index;

    /// <summary>How many UTF-16 units of the line hold the first <paramref name="utf8Bytes"/> bytes, rounded down to a whole code point.</summary>
    private static int Utf16LengthOfUtf8Prefix(ReadOnlySpan<char> line, int utf8Bytes)
    {
        var index = 0;
        while (index < line.Length)
        {
            // A lone surrogate decodes as U+FFFD (3 bytes), as Encoding.UTF8 would write it.
            Rune.DecodeFromUtf16(line[index..], out var rune, out var units);
            utf8Bytes -= rune.Utf8SequenceLength;
            if (utf8Bytes < 0)
            {
                break;
            }

            index += units;
        }

        return index;
    }

    private static int Utf8Length(ReadOnlySpan<char> text)
    {
        var bytes = 0;
        while (!text.IsEmpty)
        {
            Rune.DecodeFromUtf16(text, out var rune, out var units);
            bytes += rune.Utf8SequenceLength;
            text = text[units..];
        }

        return bytes;
    }
}
