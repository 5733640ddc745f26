using ReportLint.VsCodeHost.Linting;
using LspDiagnostic = ReportLint.VsCodeHost.Protocol.Types.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>One finding under the cursor, in both shapes: the engine's (for fix data and spans) and the client's (to attach to actions).</summary>
internal sealed record Finding(RoslynDiagnostic Diagnostic, LspDiagnostic Published);

/// <summary>What every code action provider is given: the checked version and the findings the request's range touches.</summary>
internal sealed record CodeActionRequest(CheckOutcome Outcome, IReadOnlyList<Finding> Findings);
