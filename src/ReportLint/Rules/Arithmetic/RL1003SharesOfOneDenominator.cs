using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

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
        var rated = RatedFigures.InSentences(figures, m => m.Kind == NumberKind.Fraction && m.IsExact && m.Denominator is not null);
        foreach (var sentence in rated)
        {
            foreach (var shares in sentence.GroupBy(r => (r.Mention.Denominator!.Value.Value, r.Mention.Unit?.Definition)).Where(g => g.Count() >= 2))
            {
                var denominator = shares.Key.Value;
                var sum = shares.Sum(s => s.Mention.Number.Value);
                var excellent = shares.Where(s => s.Rating == Rating.Excellent).Sum(s => s.Mention.Number.Value);
                var nested = shares.Any(s => s.Rating == Rating.Good) ? sum - excellent : sum;
                var holds = sum <= denominator || nested <= denominator;
                var terms = shares.Select(s => s.Mention.Number).ToList();
                ArithmeticRules.Verify(
                    context,
                    Descriptor,
                    holds,
                    Source(context, shares.Last().Mention.Span),
                    shares.Select(s => Source(context, s.Mention.Span)),
                    null,
                    shares.First().Mention.Denominator!.Value.Text,
                    FigureText.Sum(terms),
                    FigureText.Format(sum, terms));
            }
        }
    }
}
