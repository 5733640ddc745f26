using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>The findings on one draft, in source order, after severities and suppressions.</summary>
internal sealed record LintResult(Draft Draft, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every relation between figures the rules checked, in source order, those that hold included.</summary>
    public ImmutableArray<FigureCheck> FigureChecks { get; init; } = [];
}
