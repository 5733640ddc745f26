using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis.Fixes;

/// <summary>The certain fixes of a set of findings that can be applied together.</summary>
internal static class CertainFixes
{
    /// <summary>
    /// The findings' fixes in source order, each kept only if it starts at or after the end of the
    /// last one kept (two insertions at one point also overlap: their order would be a guess).
    /// What is left out is offered again by the next pass, on the text the kept ones made.
    /// </summary>
    public static IReadOnlyList<RuleFix> NonOverlapping(IEnumerable<Diagnostic> diagnostics, int textLength)
    {
        var kept = new List<RuleFix>();
        var candidates = diagnostics
            .Select(d => FixData.TryGet(d, out var fix) ? new RuleFix(d.Id, fix) : null)
            .OfType<RuleFix>()
            .Where(fix => fix.Change.Span.End <= textLength)
            .OrderBy(fix => fix.Change.Span.Start)
            .ThenBy(fix => fix.Change.Span.End)
            .ThenBy(fix => fix.RuleId, StringComparer.Ordinal);
        foreach (var fix in candidates)
        {
            var last = kept.Count == 0 ? (TextSpan?)null : kept[^1].Change.Span;
            if (last is not { } previous || (fix.Change.Span.Start >= previous.End && fix.Change.Span.Start != previous.Start))
            {
                kept.Add(fix);
            }
        }

        return kept;
    }
}

/// <summary>One certain fix and the rule that offered it.</summary>
internal sealed record RuleFix(string RuleId, TextChange Change);
