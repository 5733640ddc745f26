using System.Collections.Immutable;
using ReportLint.Analysis;
using ReportLint.VsCodeHost.Documents;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// One check of one document version: the engine's result, or, when its rules.yml is invalid, the
/// single finding that says so. Every feature (diagnostics, code actions, hover) reads from here.
/// </summary>
internal sealed record CheckOutcome(
    DocumentSnapshot Document,
    string DraftPath,
    ResolvedConfiguration Configuration,
    LintResult? Result,
    ImmutableArray<RoslynDiagnostic> Diagnostics)
{
    /// <summary>Identifies what the findings were computed from, for pull diagnostics' result IDs.</summary>
    public string ResultId => $"{Document.Version}.{Configuration.Generation}";
}
