using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis.Fixes;
using ReportLint.Documents.Word;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Review;

/// <summary>
/// Hands fixes back to Word as tracked changes by "ReportLint" in a <see cref="WordReviewCopy"/>:
/// the old text in a <c>w:del</c>, the new in a <c>w:ins</c>, inside the runs that hold the text
/// (runs are split at the fix's bounds and every piece keeps its formatting), so that the editor
/// accepts or rejects each fix in Word. A fix is placed only where the result is unambiguous: within
/// one paragraph, on plain text runs (<c>w:t</c>) that are not already part of a tracked change,
/// a ruby or an equation. The others stay findings.
/// </summary>
internal static class WordTrackedChanges
{
    /// <summary>Places the fixes (spans count in <paramref name="text"/>, whose lines are the copy's paragraphs) and returns those placed.</summary>
    public static IReadOnlyList<RuleFix> Apply(WordReviewCopy copy, SourceText text, IReadOnlyList<RuleFix> fixes)
    {
        var paragraphs = copy.Text.Paragraphs;
        var placed = fixes
            .Select(fix => Place(text, paragraphs, fix))
            .OfType<PlacedFix>()
            .ToList();
        if (placed.Count == 0)
        {
            return [];
        }

        var revisions = new RevisionMarks(copy.MainPart);
        foreach (var paragraph in placed.GroupBy(p => p.Line))
        {
            var cuts = new WordParagraphCuts(paragraphs[paragraph.Key].RunMap, paragraph.SelectMany(p => new[] { p.Start, p.End }).ToHashSet());

            // Right to left: an insertion placed after a run stays after it when that run is later
            // wrapped in a deletion, so texts come out in the order of their fixes.
            foreach (var fix in paragraph.OrderByDescending(p => p.Start))
            {
                Track(cuts, fix, revisions);
            }
        }

        return [.. placed.Select(p => p.Fix)];
    }

    private static void Track(WordParagraphCuts cuts, PlacedFix fix, RevisionMarks revisions)
    {
        var deleted = cuts.Within(fix.Start, fix.End).Cast<Run>().ToList();
        var inserted = fix.NewText.Length > 0 ? new Run(new WordText(fix.NewText) { Space = SpaceProcessingModeValues.Preserve }) : null;
        if (deleted.Count == 0)
        {
            if (inserted is not null)
            {
                var insertion = revisions.Inserted(inserted);
                cuts.InsertAfter(fix.Start, insertion);
                CopyFormatting(insertion.PreviousSibling<Run>() ?? insertion.NextSibling<Run>(), inserted);
            }

            return;
        }

        OpenXmlElement last = deleted[0];
        foreach (var siblings in SiblingGroups(deleted))
        {
            var deletion = revisions.Deleted();
            siblings[0].InsertBeforeSelf(deletion);
            foreach (var run in siblings)
            {
                run.Remove();
                foreach (var shown in run.Elements<WordText>().ToList())
                {
                    shown.InsertBeforeSelf(new DeletedText(shown.Text) { Space = SpaceProcessingModeValues.Preserve });
                    shown.Remove();
                }

                deletion.AppendChild(run);
            }

            last = deletion;
        }

        if (inserted is not null)
        {
            CopyFormatting(deleted[0], inserted);
            last.InsertAfterSelf(revisions.Inserted(inserted));
        }
    }

    private static void CopyFormatting(Run? from, Run to)
    {
        if (from?.RunProperties is { } properties)
        {
            to.PrependChild((RunProperties)properties.CloneNode(deep: true));
        }
    }

    /// <summary>Runs of a deletion that sit side by side (a fix can cross into a hyperlink): one <c>w:del</c> each.</summary>
    private static List<List<Run>> SiblingGroups(List<Run> runs)
    {
        var groups = new List<List<Run>>();
        foreach (var run in runs)
        {
            if (groups.Count > 0 && groups[^1][^1].NextSibling() == run)
            {
                groups[^1].Add(run);
            }
            else
            {
                groups.Add([run]);
            }
        }

        return groups;
    }

    /// <summary>
    /// Where a fix goes in the copy, or null when it cannot be a tracked change there. What the old
    /// and new text share at either end is left alone (“Tung ương” → “Trung ương” inserts “r”), so
    /// the editor reviews only what changes and the untouched letters keep their formatting.
    /// </summary>
    private static PlacedFix? Place(SourceText text, IReadOnlyList<WordParagraph> paragraphs, RuleFix fix)
    {
        var span = text.Lines.GetLinePositionSpan(fix.Change.Span);
        if (span.Start.Line != span.End.Line || span.Start.Line >= paragraphs.Count)
        {
            return null;
        }

        var old = text.ToString(fix.Change.Span);
        var replacement = fix.Change.NewText ?? string.Empty;
        var prefix = old.AsSpan().CommonPrefixLength(replacement);
        var suffix = 0;
        while (suffix < Math.Min(old.Length, replacement.Length) - prefix && old[^(suffix + 1)] == replacement[^(suffix + 1)])
        {
            suffix++;
        }

        var map = paragraphs[span.Start.Line].RunMap;
        var (start, end) = (span.Start.Character + prefix, span.End.Character - suffix);
        var touched = start == end
            ? map.Segments.Where(s => (s.Start < start && start <= s.End) || (start == 0 && s.Start == 0)).Take(1)
            : map.Segments.Where(s => s.Start < end && s.End > start);
        var segments = touched.ToList();
        return segments.Count > 0 && segments.All(IsPlainText)
            ? new PlacedFix(fix, span.Start.Line, start, end, replacement[prefix..^suffix])
            : null;
    }

    /// <summary>
    /// Text of a run that holds only text, directly in a paragraph, hyperlink, content control or
    /// simple field: a tracked change there is what Word itself writes. A run already inside a
    /// tracked change, a ruby or a math zone, or holding a tab, break, note reference or field
    /// character, is left alone.
    /// </summary>
    private static bool IsPlainText(WordRunSegment segment) =>
        segment is { Source: WordText, Run: { } run }
        && run.Parent is Paragraph or Hyperlink or SdtContentRun or CustomXmlRun or SimpleField
        && run.ChildElements.All(c => c is RunProperties or WordText or LastRenderedPageBreak);

    /// <summary>A fix narrowed to what it changes: [Start, End) of its paragraph's text becomes <see cref="NewText"/>.</summary>
    private sealed record PlacedFix(RuleFix Fix, int Line, int Start, int End, string NewText);

    /// <summary>
    /// Author, date and ids of the tracked changes: an id follows every id in the document, so
    /// that none is taken twice (Word ignores a revision whose id is).
    /// </summary>
    private sealed class RevisionMarks
    {
        private readonly DateTime date;
        private int next;

        public RevisionMarks(MainDocumentPart main)
        {
            var now = DateTime.Now;
            date = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
            next = new OpenXmlPart[] { main }.Concat(main.GetPartsOfType<HeaderPart>()).Concat(main.GetPartsOfType<FooterPart>())
                .Append(main.FootnotesPart).Append(main.EndnotesPart).Append(main.WordprocessingCommentsPart)
                .OfType<OpenXmlPart>()
                .Select(part => part.RootElement)
                .OfType<OpenXmlPartRootElement>()
                .SelectMany(root => root.Descendants())
                .SelectMany(element => element.GetAttributes())
                .Where(a => a.LocalName == "id" && a.NamespaceUri == WordNamespace)
                .Select(a => int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1)
                .DefaultIfEmpty(-1)
                .Max() + 1;
        }

        private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        public DeletedRun Deleted() => new() { Id = NextId(), Author = WordCommentAnnotator.Author, Date = date };

        public InsertedRun Inserted(Run run) => new(run) { Id = NextId(), Author = WordCommentAnnotator.Author, Date = date };

        private string NextId() => (next++).ToString(CultureInfo.InvariantCulture);
    }
}
