using ReportLint.Analysis;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Orthography;

/// <summary>The RL3xxx and RL4xxx rules, run without the others.</summary>
internal static class OrthographyRuleSet
{
    public static readonly LintEngine Engine = new(Lint.Engine.Analyzers.Where(a =>
        a.SupportedDiagnostics.Any(d => d.Id.StartsWith("RL3", StringComparison.Ordinal) || d.Id.StartsWith("RL4", StringComparison.Ordinal))));

    public static IEnumerable<string> RuleIds =>
        Engine.Descriptors.Select(d => d.Id).Where(id => id.StartsWith("RL3", StringComparison.Ordinal) || id.StartsWith("RL4", StringComparison.Ordinal));

    /// <summary>The text a finding covers, on one line.</summary>
    public static string Excerpt(LintResult result, Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        result.Draft.Text.ToString(diagnostic.Location.SourceSpan).ReplaceLineEndings(" ");
}
