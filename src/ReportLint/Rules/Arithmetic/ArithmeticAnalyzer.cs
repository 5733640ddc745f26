using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>The shape of the RL1xxx rules: one diagnostic each, all reading the <c>units</c> vocabulary section and the shared scan.</summary>
internal abstract class ArithmeticAnalyzer : DraftAnalyzer
{
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public sealed override ImmutableArray<string> SupportedSections => [ArithmeticRules.UnitsSection];

    protected abstract DiagnosticDescriptor Rule { get; }

    /// <summary>Runs <paramref name="action"/> on the figures of every block, scanned once for the whole family.</summary>
    protected static void RegisterFigures(AnalysisContext context, Action<BlockAnalysisContext, BlockFigures> action) =>
        context.RegisterBlockAction(block => action(block, FigureCache.Of(block, block.Block)));

    /// <summary>Runs <paramref name="action"/> on each verdict of the given kinds, judged once per block for the whole family.</summary>
    protected static void RegisterVerdicts(AnalysisContext context, Action<BlockAnalysisContext, Verdict> action, params RelationKind[] kinds) =>
        context.RegisterBlockAction(block =>
        {
            foreach (var verdict in FigureCache.VerdictsOf(block, block.Block))
            {
                if (kinds.Contains(verdict.Relation.Kind))
                {
                    action(block, verdict);
                }
            }
        });

    protected static TextSpan Source(BlockAnalysisContext context, TextSpan prose) => context.Block.Prose.ToSource(prose);
}
