using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Protocol.Types;
using LspDiagnostic = ReportLint.VsCodeHost.Protocol.Types.Diagnostic;
using LspDiagnosticSeverity = ReportLint.VsCodeHost.Protocol.Types.DiagnosticSeverity;
using LspLocation = ReportLint.VsCodeHost.Protocol.Types.Location;
using Range = ReportLint.VsCodeHost.Protocol.Types.Range;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynLocation = Microsoft.CodeAnalysis.Location;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>Turns the engine's Roslyn diagnostics into LSP diagnostics of the checked document.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "reportlint";

    /// <summary>How much of a related location's text names it in <c>relatedInformation</c>.</summary>
    private const int RelatedExcerptLength = 60;

    public static IReadOnlyList<LspDiagnostic> ToLsp(CheckOutcome outcome) =>
        [.. outcome.Diagnostics.Select(d => ToLsp(d, outcome))];

    public static LspDiagnostic ToLsp(RoslynDiagnostic diagnostic, CheckOutcome outcome)
    {
        var culture = outcome.Configuration.Culture;
        var related = diagnostic.AdditionalLocations
            .Select(location => new DiagnosticRelatedInformation(ToLsp(location, outcome), RelatedMessage(location, outcome, diagnostic, culture)))
            .ToList();
        return new LspDiagnostic(RangeOf(diagnostic.Location, outcome), diagnostic.GetMessage(culture))
        {
            Severity = ToLsp(diagnostic.Severity),
            Code = diagnostic.Id,
            CodeDescription = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : new CodeDescription(diagnostic.Descriptor.HelpLinkUri),
            Source = Source,
            RelatedInformation = related.Count == 0 ? null : related,
        };
    }

    public static LspDiagnosticSeverity ToLsp(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
    {
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Info => LspDiagnosticSeverity.Information,
        _ => LspDiagnosticSeverity.Hint,
    };

    /// <summary>
    /// A location in the document itself is converted from its offsets, with LSP's line ends and
    /// the negotiated encoding; one in another file (the rules.yml of a configuration error) keeps
    /// its line and column.
    /// </summary>
    public static Range RangeOf(RoslynLocation location, CheckOutcome outcome)
    {
        if (IsInDocument(location, outcome))
        {
            var length = outcome.Document.Text.Length;
            var span = location.SourceSpan;
            return outcome.Document.Positions.ToRange(Math.Min(span.Start, length), Math.Min(span.End, length));
        }

        var lines = location.GetLineSpan().Span;
        return new Range(new Position(lines.Start.Line, lines.Start.Character), new Position(lines.End.Line, lines.End.Character));
    }

    private static LspLocation ToLsp(RoslynLocation location, CheckOutcome outcome) =>
        new(IsInDocument(location, outcome) ? outcome.Document.Uri : DocumentUri.FromLocalPath(location.GetLineSpan().Path), RangeOf(location, outcome));

    private static bool IsInDocument(RoslynLocation location, CheckOutcome outcome) =>
        string.Equals(location.GetLineSpan().Path, outcome.DraftPath, StringComparison.Ordinal);

    /// <summary>The related text itself names the place best ("21", "65"); another file is named by its rule's title.</summary>
    private static string RelatedMessage(RoslynLocation location, CheckOutcome outcome, RoslynDiagnostic diagnostic, CultureInfo culture)
    {
        var span = location.SourceSpan;
        if (!IsInDocument(location, outcome) || span.IsEmpty || span.End > outcome.Document.Text.Length)
        {
            return diagnostic.Descriptor.Title.ToString(culture);
        }

        // A repeated paragraph is a long span: copying twice the excerpt is enough, as a line
        // ending shrinks by one character at most.
        var copied = new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, Math.Min(span.Length, (2 * RelatedExcerptLength) + 2));
        var excerpt = outcome.Document.Text.ToString(copied).ReplaceLineEndings(" ");
        if (excerpt.Length <= RelatedExcerptLength)
        {
            return $"“{excerpt}”";
        }

        var cut = char.IsHighSurrogate(excerpt[RelatedExcerptLength - 1]) ? RelatedExcerptLength - 1 : RelatedExcerptLength;
        return $"“{excerpt[..cut]}…”";
    }
}
