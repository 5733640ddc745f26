using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.FiguresEval;

/// <summary>
/// Lints articles as Markdown drafts with every built-in rule and answers the evaluation's questions
/// about the figures rules (RL1xxx): which findings touch which figures, which relations were recognised.
/// </summary>
internal sealed class Evaluation
{
    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private readonly LintConfiguration _configuration;

    public Evaluation() => _configuration = new ConfigurationLoader(_engine.Schema).Defaults;

    public Linted Lint(string name, string text)
    {
        var result = _engine.Analyze(DraftLoader.FromText(name, SourceText.From(text)), _configuration);
        var findings = result.Diagnostics.Where(d => d.Id.StartsWith("RL1", StringComparison.Ordinal)).ToImmutableArray();
        return new Linted(text, findings, result.FigureChecks);
    }
}

internal sealed record Linted(string Text, ImmutableArray<Diagnostic> Findings, ImmutableArray<FigureCheck> Checks)
{
    public static IEnumerable<TextSpan> SpansOf(Diagnostic finding) =>
        finding.AdditionalLocations.Select(l => l.SourceSpan).Prepend(finding.Location.SourceSpan);

    /// <summary>Findings whose figures overlap at least <paramref name="atLeast"/> of <paramref name="figures"/>.</summary>
    public ImmutableArray<Diagnostic> FindingsOn(IReadOnlyList<TextSpan> figures, int atLeast) =>
        [.. Findings.Where(f => figures.Count(s => SpansOf(f).Any(s.OverlapsWith)) >= Math.Min(atLeast, figures.Count))];

    /// <summary>True when some checked relation, holding or not, involves two or more of the figures.</summary>
    public bool Recognises(IReadOnlyList<TextSpan> figures) =>
        Checks.Any(c => figures.Count(s => c.Spans.Any(s.OverlapsWith)) >= Math.Min(2, figures.Count));

    public string Describe(Diagnostic finding)
    {
        var span = finding.Location.SourceSpan;
        var line = SourceText.From(Text).Lines.GetLinePosition(span.Start);
        return $"{line.Line + 1}:{line.Character + 1} {finding.Id} {finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi"))}";
    }
}
