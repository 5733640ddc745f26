using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Reporting;

/// <summary>Shared views of a diagnostic for formatters: position, level names, excerpt.</summary>
internal static class DiagnosticText
{
    public static LinePositionSpan LineSpan(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().Span;

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static string LocalizedLevel(DiagnosticSeverity severity, System.Globalization.CultureInfo culture) =>
        ToolDiagnostics.Text(severity switch
        {
            DiagnosticSeverity.Error => "Cli_Error",
            DiagnosticSeverity.Warning => "Cli_Warning",
            _ => "Cli_Info",
        }, culture);

    /// <summary>The flagged text itself, for SARIF snippets and JSON.</summary>
    public static string? Snippet(Draft? draft, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return draft is null || span.Length == 0 || span.End > draft.Text.Length ? null : draft.Text.ToString(span);
    }

    public static bool HasSourceSpan(Draft? draft, Diagnostic diagnostic) =>
        draft is not null && diagnostic.Location.SourceSpan is var span && span != default && span.End <= draft.Text.Length;

    public static TextLine LineOf(Draft draft, Diagnostic diagnostic) =>
        draft.Text.Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start);
}
