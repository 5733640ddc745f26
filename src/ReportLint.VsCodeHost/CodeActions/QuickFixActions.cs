using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Analysis.Fixes;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>
/// The certain fixes rules attach through <see cref="FixData"/>: one per finding, and one that fixes
/// every finding of the rule at once, leaving out any fix that would overlap one already taken.
/// </summary>
internal static class QuickFixActions
{
    public static IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        var outcome = request.Outcome;
        var culture = outcome.Configuration.Culture;
        foreach (var finding in request.Findings)
        {
            if (!FixData.TryGet(finding.Diagnostic, out var fix) || fix.Span.End > outcome.Document.Text.Length)
            {
                continue;
            }

            yield return new CodeAction(Title(outcome, fix))
            {
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [finding.Published],
                IsPreferred = true,
                Edit = DocumentEdits.Of(outcome, [fix]),
            };
        }

        foreach (var rule in request.Findings.Select(f => f.Diagnostic.Id).Distinct(StringComparer.Ordinal))
        {
            var fixes = NonOverlapping(outcome.Diagnostics.Where(d => d.Id == rule), outcome.Document.Text.Length);
            if (fixes.Count > 1)
            {
                yield return new CodeAction(HostText.Format("Fix_All", culture, rule))
                {
                    Kind = CodeActionKind.QuickFix,
                    Edit = DocumentEdits.Of(outcome, fixes),
                };
            }
        }
    }

    /// <summary>The rule's fixes that can be applied together: the same choice as <c>reportlint check --fix</c>.</summary>
    public static IReadOnlyList<TextChange> NonOverlapping(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics, int textLength) =>
        [.. CertainFixes.NonOverlapping(diagnostics, textLength).Select(fix => fix.Change)];

    private static string Title(CheckOutcome outcome, TextChange fix)
    {
        var culture = outcome.Configuration.Culture;
        // The space a deletion takes along is part of the edit, not of what the user reads.
        var old = outcome.Document.Text.ToString(fix.Span);
        old = old.Trim().Length > 0 ? old.Trim() : old;
        return (old.Length, fix.NewText) switch
        {
            (0, var inserted) => HostText.Format("Fix_Insert", culture, inserted),
            (_, "" or null) => HostText.Format("Fix_Delete", culture, old),
            (_, var replacement) => HostText.Format("Fix_Replace", culture, old, replacement),
        };
    }
}
