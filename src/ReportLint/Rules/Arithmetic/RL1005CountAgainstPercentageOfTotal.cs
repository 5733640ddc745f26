using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1005: counts stated as a percentage (<c>1 đảng bộ và 5 chi bộ …, chiếm 15,2%</c>) that is not
/// their share of the total the paragraph gave before (<c>41 chi đảng bộ cơ sở</c>: 6/41 is 14,6%).
/// When several earlier figures could be the base, any one that fits silences it.
/// </summary>
public sealed class RL1005CountAgainstPercentageOfTotal : ArithmeticAnalyzer
{
    public const string Id = "RL1005";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var share in CountShareReader.Read(figures))
        {
            var stated = share.Percentage.Number;
            var fitting = share.Totals.FirstOrDefault(t => PercentCheck.IsConsistent(share.Sum, t.BaseValue, stated.Value, stated.Decimals));
            var total = fitting ?? share.Totals[0];
            var terms = share.Counts.Select(c => c.Number).ToList();
            var sumText = FigureText.Format(share.Sum, terms);
            ArithmeticRules.Verify(
                context,
                Descriptor,
                fitting is not null,
                Source(context, share.Percentage.Span),
                [.. share.Counts.Select(c => Source(context, c.Span)), Source(context, total.Span)],
                null,
                terms.Count > 1 ? $"{FigureText.Sum(terms)} = {sumText}; " : string.Empty,
                sumText,
                total.Number.Text,
                fitting is null ? PercentCheck.ExpectedText(share.Sum, total.BaseValue, stated.Decimals) : FigureText.Precise(share.Sum, total.BaseValue, stated.Decimals),
                stated.Text);
        }
    }
}
