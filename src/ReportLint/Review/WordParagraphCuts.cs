using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Documents.Word;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Review;

/// <summary>
/// Splits a paragraph's runs so that each given offset of its text falls between two runs, every
/// piece keeping its run's properties, so that markers can then be placed exactly at those offsets.
/// Children are moved, not copied: text boxes and drawings inside a run stay the same elements.
/// </summary>
internal sealed class WordParagraphCuts
{
    private readonly List<Piece> pieces = [];

    public WordParagraphCuts(WordRunMap map, IReadOnlySet<int> cuts)
    {
        foreach (var group in RunsOf(map))
        {
            var start = group[0].Start;
            var end = group[^1].End;
            if (group[0].Run is { } run && cuts.Any(cut => cut > start && cut < end))
            {
                pieces.AddRange(Split(run, group, cuts, start, end));
            }
            else
            {
                pieces.Add(new Piece(start, end, (OpenXmlElement?)group[0].Run ?? group[0].Source));
            }
        }
    }

    public bool IsEmpty => pieces.Count == 0;

    /// <summary>Puts <paramref name="marker"/> just before the text at <paramref name="offset"/> (after the last text at the end).</summary>
    public void InsertAt(int offset, OpenXmlElement marker)
    {
        if (pieces.FirstOrDefault(p => p.Start <= offset && offset < p.End) is { } holding)
        {
            holding.Element.InsertBeforeSelf(marker);
        }
        else
        {
            pieces[^1].Element.InsertAfterSelf(marker);
        }
    }

    /// <summary>Puts <paramref name="marker"/> just after the text that ends at <paramref name="offset"/>.</summary>
    public void InsertAfter(int offset, OpenXmlElement marker)
    {
        if (offset == 0)
        {
            InsertAt(0, marker);
        }
        else if (pieces.LastOrDefault(p => p.Start < offset && offset <= p.End) is { } holding)
        {
            holding.Element.InsertAfterSelf(marker);
        }
        else
        {
            pieces[^1].Element.InsertAfterSelf(marker);
        }
    }

    /// <summary>The pieces (runs, or elements outside runs) whose text lies within [start, end), in order.</summary>
    public IReadOnlyList<OpenXmlElement> Within(int start, int end) =>
        [.. pieces.Where(p => p.Start >= start && p.End <= end && p.End > p.Start).Select(p => p.Element)];

    /// <summary>Consecutive segments that come from the same run (or the same element outside runs).</summary>
    private static IEnumerable<List<WordRunSegment>> RunsOf(WordRunMap map)
    {
        List<WordRunSegment>? group = null;
        foreach (var segment in map.Segments)
        {
            if (group is not null && ReferenceEquals(Owner(group[0]), Owner(segment)))
            {
                group.Add(segment);
                continue;
            }

            if (group is not null)
            {
                yield return group;
            }

            group = [segment];
        }

        if (group is not null)
        {
            yield return group;
        }
    }

    private static OpenXmlElement Owner(WordRunSegment segment) => (OpenXmlElement?)segment.Run ?? segment.Source;

    private static List<Piece> Split(Run run, List<WordRunSegment> segments, IReadOnlySet<int> cuts, int start, int end)
    {
        // OpenXmlElement keeps object identity as its equality.
        var bySource = segments.ToDictionary(s => s.Source);
        var result = new List<Piece>();
        var current = new Piece(start, end, EmptyLike(run));
        foreach (var child in run.ChildElements.Where(c => c is not RunProperties).ToList())
        {
            child.Remove();
            if (!bySource.TryGetValue(child, out var segment))
            {
                current.Element.AppendChild(child);
                continue;
            }

            if (segment.Start > current.Start && cuts.Contains(segment.Start))
            {
                result.Add(current with { End = segment.Start });
                current = new Piece(segment.Start, end, EmptyLike(run));
            }

            current.Element.AppendChild(child);
            if (child is not WordText text)
            {
                continue;
            }

            var remaining = text;
            var remainingStart = segment.Start;
            foreach (var cut in cuts.Where(c => c > segment.Start && c < segment.End).Order())
            {
                var rest = new WordText(remaining.Text[(cut - remainingStart)..]) { Space = SpaceProcessingModeValues.Preserve };
                remaining.Text = remaining.Text[..(cut - remainingStart)];
                remaining.Space = SpaceProcessingModeValues.Preserve;
                result.Add(current with { End = cut });
                current = new Piece(cut, end, EmptyLike(run));
                current.Element.AppendChild(rest);
                remaining = rest;
                remainingStart = cut;
            }
        }

        result.Add(current);
        foreach (var piece in result)
        {
            run.InsertBeforeSelf(piece.Element);
        }

        run.Remove();
        return result;
    }

    private static Run EmptyLike(Run run)
    {
        var piece = (Run)run.CloneNode(deep: false);
        if (run.RunProperties is { } properties)
        {
            piece.AppendChild(properties.CloneNode(deep: true));
        }

        return piece;
    }

    private sealed record Piece(int Start, int End, OpenXmlElement Element);
}
