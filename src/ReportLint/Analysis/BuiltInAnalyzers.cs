using System.Collections.Immutable;

namespace ReportLint.Analysis;

/// <summary>Every rule that ships with ReportLint: the concrete analyzers of this assembly.</summary>
internal static class BuiltInAnalyzers
{
    public static ImmutableArray<DraftAnalyzer> Create() =>
    [
        .. typeof(BuiltInAnalyzers).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DraftAnalyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DraftAnalyzer)Activator.CreateInstance(t)!),
    ];
}
