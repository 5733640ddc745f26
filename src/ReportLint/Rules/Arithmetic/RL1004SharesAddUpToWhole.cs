using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1004: the percentages of the rating levels of one sentence must add up to 100% when all four
/// levels are given, and to no more than 100% when some are left out, within the rounding of the
/// figures as written (<c>15,2% + 78,1% + 7,3% = 100,6%</c>).
/// </summary>
internal sealed class RL1004SharesAddUpToWhole : ArithmeticAnalyzer
{
    public const string Id = "RL1004";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context)
    {
        RegisterFigures(context, Analyze);
        context.RegisterBlockAction(PresentShares);
    }

    /// <summary>Shares listed in one run ("53% …, 24% … và 23% …"), unless the rating reader above already checked them.</summary>
    private static void PresentShares(BlockAnalysisContext context)
    {
        var verdicts = FigureCache.VerdictsOf(context, context.Block).Where(v => v.Relation.Kind == RelationKind.Shares).ToList();
        if (verdicts.Count == 0)
        {
            return;
        }

        var rated = RatedFigures.ShareSums(FigureCache.Of(context, context.Block)).SelectMany(r => r.Operands.Select(o => o.Span)).ToHashSet();
        foreach (var verdict in verdicts.Where(v => !v.Relation.Operands.Any(o => rated.Contains(o.Span))))
        {
            Present(context, verdict);
        }
    }

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var shares = verdict.Relation.Operands;

        var terms = shares.Select(s => s.Number).ToList();
        var sum = string.Join(" + ", terms.Select(t => t.Text + "%"));
        if (verdict.Kind == VerdictKind.NotJudged)
        {
            ArithmeticRules.Explain(context, Descriptor, "Figures_Partial", Source(context, shares[0].Span), shares.Skip(1).Select(s => Source(context, s.Span)),
                sum, FigureText.Format(terms.Sum(t => t.Value), terms) + "%", "100%");
            return;
        }

        ArithmeticRules.Verify(
            context,
            Descriptor,
            verdict.Holds,
            Source(context, TextSpan.FromBounds(shares[0].Span.Start, shares[^1].Span.End)),
            shares.Select(s => Source(context, s.Span)),
            null,
            sum,
            FigureText.Format(terms.Sum(t => t.Value), terms));
    }

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var relation in RatedFigures.ShareSums(figures))
        {
            Present(context, RelationChecker.Check(relation));
        }
    }
}
