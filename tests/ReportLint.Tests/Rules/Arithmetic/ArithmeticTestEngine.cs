using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>An engine with the RL1xxx rules only, and the arithmetic findings of a text.</summary>
internal static class ArithmeticTestEngine
{
    public static readonly LintEngine Engine = new(Lint.Engine.Analyzers.Where(a => a.SupportedDiagnostics.All(d => d.Category == RuleCategories.Arithmetic)));

    public static LintResult Run(string text, string path = "draft.md") => Lint.Text(text, path, Engine);

    public static List<Diagnostic> Findings(string text, string path = "draft.md") =>
        [.. Run(text, path).Diagnostics.Where(d => d.Id.StartsWith("RL1", StringComparison.Ordinal))];
}
