using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>The findings on one draft, in source order, after severities and suppressions.</summary>
public sealed record LintResult(Draft Draft, ImmutableArray<Diagnostic> Diagnostics);
