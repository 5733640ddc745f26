using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Documents.Word;

namespace ReportLint.Reporting;

/// <summary>
/// Compiler-style output: <c>path(line,col): warning RL2001: message</c>, then the excerpt of the
/// line with a caret underline, and a summary. Paragraphs of Word drafts are named as such.
/// </summary>
internal sealed class TextFormatter(bool useColor) : IReportFormatter
{
    private const int Context = 40;

    // How far past the context an excerpt looks for the space that ends a word.
    private const int WordSlack = 30;

    public void Write(RunReport report, TextWriter writer)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(report, file, diagnostic, writer);
            }
        }

        var summary = ToolDiagnostics.Text(
            "Cli_Summary",
            report.Culture,
            report.CheckedCount,
            report.Count(DiagnosticSeverity.Error),
            report.Count(DiagnosticSeverity.Warning),
            report.Count(DiagnosticSeverity.Info));
        if (report.NotCheckedCount > 0)
        {
            summary += ToolDiagnostics.Text("Cli_SummaryNotChecked", report.Culture, report.NotCheckedCount);
        }

        writer.WriteLine(Bold(summary));
    }

    private void WriteDiagnostic(RunReport report, FileReport file, Diagnostic diagnostic, TextWriter writer)
    {
        var path = report.DisplayPath(diagnostic.Location.GetLineSpan().Path is { Length: > 0 } located ? located : file.Path);
        var level = DiagnosticText.LocalizedLevel(diagnostic.Severity, report.Culture);
        var message = diagnostic.GetMessage(report.Culture);
        if (!DiagnosticText.HasSourceSpan(file.Draft, diagnostic))
        {
            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            var where = position == default ? path : $"{path}({position.Line + 1},{position.Character + 1})";
            writer.WriteLine($"{where}: {Colored(diagnostic.Severity, $"{level} {diagnostic.Id}")}: {message}");
            return;
        }

        var draft = file.Draft!;
        var start = DiagnosticText.LineSpan(diagnostic).Start;
        var place = draft.Format == DraftFormat.Word
            ? $"{path}({ParagraphPlace(draft, start, report.Culture)})"
            : $"{path}({start.Line + 1},{start.Character + 1})";
        writer.WriteLine($"{place}: {Colored(diagnostic.Severity, $"{level} {diagnostic.Id}")}: {message}");
        var (excerpt, caretStart, caretLength) = Excerpt(draft, diagnostic);
        writer.WriteLine("    " + excerpt);
        writer.WriteLine("    " + new string(' ', caretStart) + Colored(diagnostic.Severity, new string('^', Math.Max(1, caretLength))));
    }

    /// <summary>"đoạn 12, 5": Word has no lines; outside the body, the part too ("đoạn 40, 3, chú thích 2").</summary>
    internal static string ParagraphPlace(Draft draft, LinePosition start, CultureInfo culture)
    {
        var place = $"{ToolDiagnostics.Text("Cli_Paragraph", culture)} {start.Line + 1}, {start.Character + 1}";
        return draft.Word?.Paragraphs[start.Line].Part is { Kind: not WordPartKind.Body } part
            ? $"{place}, {ToolDiagnostics.Text("Part_" + part.Kind, culture, part.Number)}"
            : place;
    }

    /// <summary>
    /// The flagged line, cut to a window around the span (paragraphs can be a thousand characters
    /// long), with the caret position counted in what the terminal shows, not in UTF-16 units.
    /// </summary>
    internal static (string Excerpt, int CaretStart, int CaretLength) Excerpt(Draft draft, Diagnostic diagnostic)
    {
        var line = DiagnosticText.LineOf(draft, diagnostic);
        var span = diagnostic.Location.SourceSpan;

        // Only a window around the span is copied: a draft may be one line of megabytes, and
        // copying it for each of its findings made the report quadratic.
        var windowStart = Math.Max(line.Start, span.Start - Context - WordSlack);
        var windowEnd = Math.Min(line.End, Math.Min(span.End, span.Start + (2 * Context) + WordSlack) + Context + WordSlack);
        var text = draft.Text.ToString(TextSpan.FromBounds(windowStart, Math.Max(windowStart, windowEnd)));
        var start = span.Start - windowStart;
        var end = Math.Min(span.End, windowEnd) - windowStart;
        end = Math.Max(end, start);

        // A whole duplicated paragraph needs no full-width underline: its opening words say which.
        if (end - start > 2 * Context)
        {
            end = WordEndAfter(text, start + Context);
        }

        var from = start > Context ? WordStartBefore(text, start - Context) : 0;
        var to = text.Length - end > Context ? WordEndAfter(text, end + Context) : text.Length;
        var prefix = from > 0 ? "…" : string.Empty;
        var suffix = to < text.Length ? "…" : string.Empty;
        var before = Clean(text[from..start]);
        var flagged = Clean(text[start..end]);
        var after = Clean(text[end..to]);
        return (prefix + before + flagged + after + suffix, Width(prefix + before), Width(flagged));
    }

    private static int WordStartBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    private static int WordEndAfter(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        return space < 0 ? index : space;
    }

    // Tabs, no-break spaces and Word's manual line and page breaks become plain spaces so the
    // excerpt stays on one line and the caret lines up on any terminal.
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\u00A0', ' ').Replace('\v', ' ').Replace('\f', ' ');

    private static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0 : 1;
        }

        return width;
    }

    private string Colored(DiagnosticSeverity severity, string text) => !useColor ? text : severity switch
    {
        DiagnosticSeverity.Error => $"\u001b[1;31m{text}\u001b[0m",
        DiagnosticSeverity.Warning => $"\u001b[1;33m{text}\u001b[0m",
        _ => $"\u001b[1;36m{text}\u001b[0m",
    };

    private string Bold(string text) => useColor ? $"\u001b[1m{text}\u001b[0m" : text;
}
