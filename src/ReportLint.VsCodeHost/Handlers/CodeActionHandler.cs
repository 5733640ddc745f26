using ReportLint.VsCodeHost.CodeActions;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: for the findings the range touches, their fixes, then the two
/// ways to silence a rule, from the narrowest (this line) to the widest (rules.yml).
/// </summary>
internal sealed class CodeActionHandler(DocumentStore documents, DocumentChecker checker, DisableInRulesActions disableInRules)
{
    public async Task<IReadOnlyList<CodeAction>> HandleAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        if (documents.Get(parameters.TextDocument.Uri) is not { } document || !WantsQuickFixes(parameters.Context))
        {
            return [];
        }

        var outcome = await Task.Run(() => checker.Check(document, cancellationToken), cancellationToken);
        var start = document.Positions.ToOffset(parameters.Range.Start);
        var end = document.Positions.ToOffset(parameters.Range.End);
        var findings = outcome.Diagnostics
            .Where(d => string.Equals(d.Location.GetLineSpan().Path, outcome.DraftPath, StringComparison.Ordinal))
            .Where(d => d.Location.SourceSpan.Start <= end && d.Location.SourceSpan.End >= start)
            .Select(d => new Finding(d, DiagnosticConverter.ToLsp(d, outcome)))
            .Where(f => IsInContext(f, parameters.Context))
            .ToList();
        if (findings.Count == 0)
        {
            return [];
        }

        var request = new CodeActionRequest(outcome, findings);
        return [.. QuickFixActions.Provide(request), .. DisableOnLineActions.Provide(request), .. disableInRules.Provide(request)];
    }

    // The client names the diagnostics it wants actions for (those under the cursor or the one
    // picked in the Problems panel); without any, every finding the range touches is offered.
    private static bool IsInContext(Finding finding, CodeActionContext context) =>
        context.Diagnostics.Count == 0
        || context.Diagnostics.Any(d => d.Code == finding.Published.Code && d.Range == finding.Published.Range);

    /// <summary>Every action here is a quick fix; a client asking only for other kinds (refactorings, source actions) gets none.</summary>
    private static bool WantsQuickFixes(CodeActionContext context) =>
        context.Only is not { } only || only.Any(kind => kind.Length == 0 || kind == CodeActionKind.QuickFix);
}
