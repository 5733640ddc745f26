using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Configuration;

namespace ReportLint.Analysis;

/// <summary>
/// The base of every rule, shaped like Roslyn's <c>DiagnosticAnalyzer</c>: it declares the
/// diagnostics it can report and registers the callbacks that find them.
/// </summary>
public abstract class DraftAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The options each of its rules accepts in rules.yml, besides <c>severity</c>.</summary>
    public virtual ImmutableArray<RuleOptionDescriptor> SupportedOptions => [];

    /// <summary>Top-level rules.yml sections it reads, such as a vocabulary shared by several rules.</summary>
    public virtual ImmutableArray<string> SupportedSections => [];

    /// <summary>Called once per engine; register the actions that analyse each draft.</summary>
    public abstract void Initialize(AnalysisContext context);
}
