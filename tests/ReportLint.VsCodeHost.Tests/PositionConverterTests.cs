using System.Text;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;
using Range = ReportLint.VsCodeHost.Protocol.Types.Range;

namespace ReportLint.VsCodeHost.Tests;

public sealed class PositionConverterTests
{
    // "Việt" decomposed: e, combining dot below (U+0323), combining circumflex (U+0302); each mark is
    // one UTF-16 unit and two UTF-8 bytes.
    private const string NfdViet = "Vie\u0323\u0302t";

    private const string Emoji = "\U0001F600";

    private const string Mixed = "Báo cáo\r\n" + NfdViet + " " + Emoji + " tăng\rdòng ba\n\nhết";

    [Theory]
    [InlineData(PositionEncoding.Utf16, 5, 5)]
    [InlineData(PositionEncoding.Utf8, 7, 5)]
    [InlineData(PositionEncoding.Utf16, 3, 3)] // between the base letter and its marks: a code point boundary, so allowed
    [InlineData(PositionEncoding.Utf8, 3, 3)]
    [InlineData(PositionEncoding.Utf8, 4, 3)] // inside the two bytes of U+0323: back to its start
    [InlineData(PositionEncoding.Utf8, 5, 4)]
    internal void CombiningMarksCountPerEncoding(PositionEncoding encoding, int character, int offset)
    {
        var converter = new PositionConverter(NfdViet, encoding);

        Assert.Equal(offset, converter.ToOffset(new Position(0, character)));
    }

    [Theory]
    [InlineData(PositionEncoding.Utf16, 3, 3)]
    [InlineData(PositionEncoding.Utf16, 2, 1)] // inside the surrogate pair: back to its start
    [InlineData(PositionEncoding.Utf8, 5, 3)]
    [InlineData(PositionEncoding.Utf8, 3, 1)] // inside the four bytes: back to the start
    internal void SurrogatePairsAreNeverSplit(PositionEncoding encoding, int character, int offset)
    {
        var converter = new PositionConverter("a" + Emoji + "b", encoding);

        Assert.Equal(offset, converter.ToOffset(new Position(0, character)));
    }

    [Fact]
    public void OffsetInsideSurrogatePairMapsToItsStart()
    {
        var converter = new PositionConverter("a" + Emoji + "b", PositionEncoding.Utf16);

        Assert.Equal(new Position(0, 1), converter.ToPosition(2));
    }

    [Theory]
    [InlineData("a\r\nb", 3, 1, 0)]
    [InlineData("a\rb", 2, 1, 0)]
    [InlineData("a\nb", 2, 1, 0)]
    [InlineData("a\n\rb", 3, 2, 0)] // LF then CR: two line ends, not one
    [InlineData("a\r\nb", 2, 0, 1)] // between CR and LF: the end of the first line
    [InlineData("a\n", 2, 1, 0)]
    public void EachLineEndStartsALine(string text, int offset, int line, int character)
    {
        var converter = new PositionConverter(text, PositionEncoding.Utf16);

        Assert.Equal(new Position(line, character), converter.ToPosition(offset));
    }

    [Theory]
    [InlineData(0, 99, 7)] // past the end of "Báo cáo": the end of the line, before CRLF
    [InlineData(99, 0, -1)] // past the last line: the end of the text
    [InlineData(4, 99, -1)]
    public void OutOfRangePositionsClamp(int line, int character, int expected)
    {
        var converter = new PositionConverter(Mixed, PositionEncoding.Utf16);

        Assert.Equal(expected < 0 ? Mixed.Length : expected, converter.ToOffset(new Position(line, character)));
    }

    [Theory]
    [InlineData(PositionEncoding.Utf16)]
    [InlineData(PositionEncoding.Utf8)]
    internal void EveryCodePointBoundaryRoundTrips(PositionEncoding encoding)
    {
        var converter = new PositionConverter(Mixed, encoding);

        for (var offset = 0; offset <= Mixed.Length; offset++)
        {
            if (SplitsACharacterOrLineEnd(offset))
            {
                continue;
            }

            Assert.Equal(offset, converter.ToOffset(converter.ToPosition(offset)));
        }
    }

    private static bool SplitsACharacterOrLineEnd(int offset) =>
        offset > 0 && offset < Mixed.Length
        && (char.IsLowSurrogate(Mixed[offset]) || (Mixed[offset - 1] == '\r' && Mixed[offset] == '\n'));

    [Fact]
    public void Utf8CharacterIsTheByteCountOfTheLinePrefix()
    {
        var converter = new PositionConverter(Mixed, PositionEncoding.Utf8);
        var lineTwo = Mixed.IndexOf('\n') + 1;
        var tang = Mixed.IndexOf("tăng", StringComparison.Ordinal);

        var position = converter.ToPosition(tang);

        Assert.Equal(new Position(1, Encoding.UTF8.GetByteCount(Mixed[lineTwo..tang])), position);
        Assert.Equal(4, converter.LineCount - 1);
    }

    [Fact]
    public void EmptyTextHasOneEmptyLine()
    {
        var converter = new PositionConverter("", PositionEncoding.Utf8);

        Assert.Equal(1, converter.LineCount);
        Assert.Equal(0, converter.ToOffset(new Position(3, 3)));
        Assert.Equal(new Position(0, 0), converter.ToPosition(10));
    }

    [Fact]
    public void ToRangeConvertsBothEnds()
    {
        var converter = new PositionConverter("a\nbc", PositionEncoding.Utf16);

        Assert.Equal(new Range(new Position(0, 1), new Position(1, 2)), converter.ToRange(1, 4));
    }
}
