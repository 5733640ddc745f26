using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Analysis.Fixes;
using ReportLint.Documents;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// What <c>--fix</c> changed, one line a fix, in the words around it as the author saw them:
/// <c>bai.md(3,12): đã sửa RL2001: “các các cấp” → “các cấp”</c>; then how many in how many files.
/// </summary>
internal static class FixListing
{
    // Characters of context shown on either side of a fix, widened to whole words.
    private const int Context = 12;

    public static void Write(RunReport report, TextWriter writer)
    {
        var files = report.Files.Where(f => f.Fix is { Changed: true }).ToList();
        foreach (var file in files)
        {
            foreach (var pass in file.Fix!.Passes)
            {
                foreach (var fix in pass.Applied)
                {
                    var (before, after) = Excerpts(pass.Before.Text, fix.Change);
                    var place = $"{report.DisplayPath(file.Path)}({Place(pass.Before, fix.Change.Span.Start, report.Culture)})";
                    writer.WriteLine(ToolDiagnostics.Text("Cli_FixApplied", report.Culture, place, fix.RuleId, before, after));
                }
            }

            if (!file.Fix.Converged)
            {
                writer.WriteLine(ToolDiagnostics.Text("Cli_FixNotConverged", report.Culture, report.DisplayPath(file.Path), file.Fix.Passes.Length));
            }
        }

        writer.WriteLine(ToolDiagnostics.Text("Cli_FixSummary", report.Culture, files.Sum(f => f.Fix!.FixCount), files.Count));
    }

    private static string Place(Draft draft, int position, CultureInfo culture)
    {
        var start = draft.Text.Lines.GetLinePosition(position);
        return draft.Format == DraftFormat.Word
            ? TextFormatter.ParagraphPlace(draft, start, culture)
            : $"{start.Line + 1},{start.Character + 1}";
    }

    /// <summary>“…án “ Tăng cường…” and what it becomes: the fix with a word or two either side, within its line.</summary>
    private static (string Before, string After) Excerpts(SourceText text, TextChange change)
    {
        var line = text.Lines.GetLineFromPosition(change.Span.Start);
        var lineEnd = Math.Max(line.End, Math.Min(change.Span.End, text.Length));
        var from = WidenLeft(text, line.Start, change.Span.Start - Context);
        var to = WidenRight(text, lineEnd, change.Span.End + Context);
        var left = (from > line.Start ? "…" : string.Empty) + text.ToString(TextSpan.FromBounds(from, change.Span.Start));
        var right = text.ToString(TextSpan.FromBounds(change.Span.End, to)) + (to < lineEnd ? "…" : string.Empty);
        return ($"“{Visible(left + text.ToString(change.Span) + right)}”", $"“{Visible(left + change.NewText + right)}”");
    }

    private static int WidenLeft(SourceText text, int lineStart, int at)
    {
        at = Math.Max(lineStart, at);
        while (at > lineStart && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WidenRight(SourceText text, int lineEnd, int at)
    {
        at = Math.Min(lineEnd, at);
        while (at < lineEnd && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    // Line breaks, tabs and no-break spaces in a one-line listing, as a reader can tell them apart.
    private static string Visible(string text) =>
        text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "⏎", StringComparison.Ordinal)
            .Replace('\t', '→').Replace('\u00A0', '⍽').Replace('\v', '↵').Replace('\f', '↵');
}
