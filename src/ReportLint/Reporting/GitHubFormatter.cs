using Microsoft.CodeAnalysis;

namespace ReportLint.Reporting;

/// <summary>GitHub Actions workflow commands, so findings show as annotations on a pull request.</summary>
internal sealed class GitHubFormatter : IReportFormatter
{
    public void Write(RunReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var command = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                var span = DiagnosticText.LineSpan(diagnostic);
                var properties = $"file={Escape(report.DisplayPath(file.Path), true)}";
                if (DiagnosticText.HasSourceSpan(file.Draft, diagnostic) || span.Start != default)
                {
                    properties += $",line={span.Start.Line + 1},col={span.Start.Character + 1},endLine={span.End.Line + 1},endColumn={span.End.Character + 1}";
                }

                properties += $",title={Escape(diagnostic.Id, true)}";
                writer.WriteLine($"::{command} {properties}::{Escape(diagnostic.GetMessage(report.Culture), false)}");
            }
        }
    }

    private static string Escape(string text, bool isProperty)
    {
        var escaped = text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return isProperty ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
