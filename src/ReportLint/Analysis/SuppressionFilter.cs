using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>
/// Applies inline suppression comments. A disable holds until a matching enable (or the end of
/// the file); a disable-next-line covers the line after the comment. A suppression that hides
/// nothing is itself reported, so stale ones do not pile up.
/// </summary>
internal static class SuppressionFilter
{
    public static IEnumerable<Diagnostic> Apply(DraftSession session, IEnumerable<Diagnostic> diagnostics)
    {
        var draft = session.Draft;
        if (draft.Suppressions.IsEmpty)
        {
            return diagnostics;
        }

        var regions = BuildRegions(draft);
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
            var hiding = regions.Where(r => r.Covers(line, diagnostic.Id)).ToList();
            if (hiding.Count == 0 || diagnostic.Descriptor == ToolDiagnostics.UnreadableInput)
            {
                kept.Add(diagnostic);
                continue;
            }

            foreach (var region in hiding)
            {
                region.Used = true;
            }
        }

        foreach (var region in regions.Where(r => !r.Used))
        {
            var ids = region.Comment.RuleIds.IsEmpty ? "*" : string.Join(", ", region.Comment.RuleIds);
            if (session.Create(ToolDiagnostics.UnusedSuppression, region.Comment.Span, [], null, [ids]) is { } unused)
            {
                kept.Add(unused);
            }
        }

        return kept;
    }

    private static List<Region> BuildRegions(Draft draft)
    {
        var regions = new List<Region>();
        var lastLine = draft.Text.Lines.Count - 1;
        var comments = draft.Suppressions.OrderBy(s => s.Span.Start).ToList();
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            var line = LineOf(draft.Text, comment.Span);
            switch (comment.Kind)
            {
                case SuppressionKind.DisableNextLine:
                    regions.Add(new Region(comment, line + 1, line + 1));
                    break;
                case SuppressionKind.Disable:
                    var end = comments.Skip(i + 1)
                        .Where(c => c.Kind == SuppressionKind.Enable && (c.RuleIds.IsEmpty || comment.RuleIds.All(c.AppliesTo)))
                        .Select(c => LineOf(draft.Text, c.Span))
                        .DefaultIfEmpty(lastLine)
                        .First();
                    regions.Add(new Region(comment, line, end));
                    break;
                default:
                    break;
            }
        }

        return regions;
    }

    private static int LineOf(SourceText text, TextSpan span) => text.Lines.GetLineFromPosition(span.Start).LineNumber;

    private sealed class Region(SuppressionComment comment, int firstLine, int lastLine)
    {
        public SuppressionComment Comment { get; } = comment;

        public bool Used { get; set; }

        public bool Covers(int line, string ruleId) => line >= firstLine && line <= lastLine && Comment.AppliesTo(ruleId);
    }
}
