using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1004: the percentages of the rating levels of one sentence must add up to 100% when all four
/// levels are given, and to no more than 100% when some are left out, within the rounding of the
/// figures as written (<c>15,2% + 78,1% + 7,3% = 100,6%</c>).
/// </summary>
public sealed class RL1004SharesAddUpToWhole : ArithmeticAnalyzer
{
    public const string Id = "RL1004";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var shares in RatedFigures.InSentences(figures, m => m.Kind == NumberKind.Percentage && m.IsExact))
        {
            var units = shares.Select(s => s.Mention.Unit?.Definition).Where(u => u is not null).Distinct().Count();
            if (units > 1)
            {
                continue;
            }

            var terms = shares.Select(s => s.Mention.Number).ToList();
            var holds = ShareRounding.AddsUpToHundred(terms, complete: shares.Count == RatingCategories.LevelCount);
            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                Source(context, TextSpan.FromBounds(shares[0].Mention.Span.Start, shares[^1].Mention.Span.End)),
                shares.Select(s => Source(context, s.Mention.Span)),
                null,
                string.Join(" + ", terms.Select(t => t.Text + "%")),
                FigureText.Format(terms.Sum(t => t.Value), terms));
        }
    }
}
