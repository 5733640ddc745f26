using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1003: fractions of one denominator, each the share of a different rating level, add up to more
/// than the denominator (<c>58/62 hoàn thành tốt nhiệm vụ, 5/62 hoàn thành nhiệm vụ</c>). A share of
/// another denominator (<c>17/62</c> beside <c>…/66</c>) is nested, not a part; the excellent may be
/// counted inside the good, so that reading is tried too.
/// </summary>
internal sealed class RL1003SharesOfOneDenominator : ArithmeticAnalyzer
{
    public const string Id = "RL1003";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var relation in RatedFigures.FractionSums(figures))
        {
            var verdict = RelationChecker.Check(relation);
            var shares = relation.Operands.Where(o => o.Role != "total").ToList();
            var terms = shares.Select(s => s.Number).ToList();
            ArithmeticRules.Verify(
                context,
                Descriptor,
                verdict.Holds,
                Source(context, shares[^1].Span),
                shares.Select(s => Source(context, s.Span)),
                null,
                relation.One("total")!.Number.Text,
                FigureText.Sum(terms),
                FigureText.Format(terms.Sum(t => t.Value), terms));
        }
    }
}
