using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1007: a table's total row or column is not the sum of its cells, or a percentage column whose
/// total says 100 does not add up to 100 within the rounding of its cells.
/// </summary>
internal sealed class RL1007TableTotals : ArithmeticAnalyzer
{
    public const string Id = "RL1007";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => context.RegisterTableAction(Analyze);

    private static void Analyze(TableAnalysisContext context)
    {
        foreach (var sum in TableTotalReader.Read(context.Table))
        {
            var terms = sum.Terms.Select(t => t.Number).ToList();
            var value = terms.Sum(t => t.Value);
            var total = sum.Total.Number;
            var halfUnits = terms.Append(total).Sum(t => ShareRounding.HalfUnit(t.Decimals));
            var holds = sum.ToHundred
                ? ShareRounding.AddsUpToHundred(terms, complete: true)
                : Math.Abs(value - total.Value) <= (terms.Append(total).All(t => t.Decimals == 0) ? 0 : halfUnits);
            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                SourceOf(sum.Total),
                sum.Terms.Select(SourceOf),
                null,
                FigureText.Sum(terms),
                FigureText.Format(value, terms.Append(total)),
                total.Text);
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan SourceOf(TableFigure figure) => figure.Cell.Prose.ToSource(figure.Number.Span);
}
