using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>
/// A stretch of a paragraph's text that came from one element of a run: the whole text of a
/// <c>w:t</c>, or the single character a <c>w:tab</c>, <c>w:br</c>, <c>w:sym</c>... stands for.
/// </summary>
internal readonly record struct WordRunSegment(int Start, int Length, OpenXmlElement Source)
{
    public int End => Start + Length;

    /// <summary>The run to split when anchoring on this text; null for text outside any <c>w:r</c>.</summary>
    public Run? Run => Source.Parent as Run;
}

/// <summary>Where one character of a paragraph's text comes from.</summary>
internal readonly record struct WordRunPosition(OpenXmlElement Source, int OffsetInSource)
{
    public Run? Run => Source.Parent as Run;
}

/// <summary>Maps each character offset of a paragraph's text back to the run element it came from.</summary>
internal sealed class WordRunMap(IReadOnlyList<WordRunSegment> segments)
{
    /// <summary>Contiguous, in text order, covering the whole paragraph text.</summary>
    public IReadOnlyList<WordRunSegment> Segments { get; } = segments;

    public WordRunPosition Locate(int offset)
    {
        var low = 0;
        var high = Segments.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var segment = Segments[middle];
            if (offset < segment.Start)
            {
                high = middle - 1;
            }
            else if (offset >= segment.End)
            {
                low = middle + 1;
            }
            else
            {
                return new WordRunPosition(segment.Source, offset - segment.Start);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(offset), offset, "Outside the paragraph's text.");
    }
}
