using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents.Word;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Review;

/// <summary>
/// Hands findings back to Word: each diagnostic becomes a review comment by "ReportLint", anchored
/// on exactly the flagged text of a <see cref="WordReviewCopy"/>, in the language of the messages.
/// Comments belong to the body: the comments part hangs off the main document, and Word offers no
/// comments in headers, footers or text boxes. Findings in footnotes, endnotes, headers, footers
/// and text boxes are anchored at the start of the body, their comment naming the part and the text.
/// </summary>
internal static class WordCommentAnnotator
{
    public const string Author = "ReportLint";

    /// <summary>Adds one comment per diagnostic (positions are lines = paragraphs of the copy's text) and returns how many.</summary>
    public static int Annotate(WordReviewCopy copy, IEnumerable<Diagnostic> diagnostics, CultureInfo culture)
    {
        var paragraphs = copy.Text.Paragraphs;
        var anchors = diagnostics
            .Select(d => CommentAnchor.For(paragraphs, d, culture))
            .OfType<CommentAnchor>()
            .OrderBy(a => a.StartLine).ThenBy(a => a.StartOffset)
            .ToList();
        if (anchors.Count == 0)
        {
            return 0;
        }

        var cutsByLine = anchors
            .SelectMany(a => new[] { (a.StartLine, a.StartOffset), (a.EndLine, a.EndOffset) })
            .GroupBy(cut => cut.Item1, cut => cut.Item2)
            .ToDictionary(g => g.Key, g => new WordParagraphCuts(paragraphs[g.Key].RunMap, g.ToHashSet()));
        var comments = CommentsOf(copy.MainPart);
        var id = NextId(comments);
        var language = LanguageTag(culture);
        foreach (var anchor in anchors)
        {
            var key = id.ToString(CultureInfo.InvariantCulture);
            var start = new CommentRangeStart { Id = key };
            var end = new CommentRangeEnd { Id = key };
            cutsByLine[anchor.StartLine].InsertAt(anchor.StartOffset, start);
            if (anchor.IsEmpty)
            {
                start.InsertAfterSelf(end);
            }
            else
            {
                cutsByLine[anchor.EndLine].InsertAfter(anchor.EndOffset, end);
            }

            PlaceReference(end, new Run(new CommentReference { Id = key }));
            comments.AppendChild(Comment(key, anchor.Text, language));
            id++;
        }

        return anchors.Count;
    }

    private static Comments CommentsOf(MainDocumentPart main)
    {
        if (main.WordprocessingCommentsPart is { Comments: { } existing })
        {
            return existing;
        }

        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments = new Comments();
        return part.Comments;
    }

    // Comment IDs are shared by every story of the document: continue after the author's own.
    private static int NextId(Comments comments) =>
        comments.Elements<Comment>()
            .Select(c => int.TryParse(c.Id?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .DefaultIfEmpty(-1)
            .Max() + 1;

    /// <summary>
    /// The reference run follows the range end, but out of tracked changes and simple fields: a
    /// reviewer rejecting the change, or Word updating the field, would otherwise drop the comment.
    /// </summary>
    private static void PlaceReference(CommentRangeEnd end, Run reference)
    {
        OpenXmlElement after = end;
        while (after.Parent is { } parent and not (Paragraph or Hyperlink or SdtContentRun or CustomXmlRun))
        {
            after = parent;
        }

        after.InsertAfterSelf(reference);
    }

    private static Comment Comment(string id, string text, string language)
    {
        var now = DateTime.Now;
        return new Comment(
            new Paragraph(
                new Run(new AnnotationReferenceMark()),
                new Run(new RunProperties(new Languages { Val = language }), new WordText(text) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id,
            Author = Author,
            Initials = "RL",
            Date = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
        };
    }

    private static string LanguageTag(CultureInfo culture) =>
        culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(culture.Name).Name : culture.Name;

    /// <summary>Where one comment goes: lines are paragraphs of the draft, offsets count in their text.</summary>
    private sealed record CommentAnchor(int StartLine, int StartOffset, int EndLine, int EndOffset, string Text)
    {
        public bool IsEmpty => StartLine == EndLine && StartOffset == EndOffset;

        public static CommentAnchor? For(IReadOnlyList<WordParagraph> paragraphs, Diagnostic diagnostic, CultureInfo culture)
        {
            var message = $"{diagnostic.Id}: {diagnostic.GetMessage(culture)}";
            var span = diagnostic.Location.GetLineSpan().Span;
            var startLine = Math.Min(span.Start.Line, paragraphs.Count - 1);
            var start = paragraphs[startLine];
            if (!CanHoldComments(start.Part.Kind) || start.RunMap.Segments.Count == 0)
            {
                return AtBodyStart(paragraphs, message, start, span.Start.Character, span.Start.Line == span.End.Line ? span.End.Character : start.Text.Length, culture);
            }

            var startOffset = Math.Min(span.Start.Character, start.Text.Length);
            var sameStory = span.End.Line < paragraphs.Count
                && paragraphs[span.End.Line].Part == start.Part
                && paragraphs[span.End.Line].RunMap.Segments.Count > 0;
            return sameStory
                ? new CommentAnchor(startLine, startOffset, span.End.Line, Math.Min(span.End.Character, paragraphs[span.End.Line].Text.Length), message)
                : new CommentAnchor(startLine, startOffset, startLine, start.Text.Length, message);
        }

        private static CommentAnchor? AtBodyStart(IReadOnlyList<WordParagraph> paragraphs, string message, WordParagraph flagged, int from, int to, CultureInfo culture)
        {
            var body = Enumerable.Range(0, paragraphs.Count)
                .FirstOrDefault(i => paragraphs[i].Part.Kind == WordPartKind.Body && paragraphs[i].RunMap.Segments.Count > 0, -1);
            if (body < 0)
            {
                return null;
            }

            if (flagged.Part.Kind == WordPartKind.Body)
            {
                return new CommentAnchor(body, 0, body, 0, message);
            }

            var label = ToolDiagnostics.Text("Part_" + flagged.Part.Kind, culture, flagged.Part.Number);
            var start = Math.Min(from, flagged.Text.Length);
            var flaggedText = flagged.Text[start..Math.Clamp(to, start, flagged.Text.Length)];
            return new CommentAnchor(body, 0, body, 0, $"[{label}: “{flaggedText}”] {message}");
        }

        private static bool CanHoldComments(WordPartKind part) => part == WordPartKind.Body;
    }
}
