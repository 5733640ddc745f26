using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

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
            var verdict = RelationChecker.Check(sum.Relation);
            var terms = sum.Terms.Select(t => t.Number).ToList();
            ArithmeticRules.Verify(
                context,
                Descriptor,
                verdict.Holds,
                SourceOf(sum.Total),
                sum.Terms.Select(SourceOf),
                null,
                FigureText.Sum(terms),
                FigureText.Format(terms.Sum(t => t.Value), terms.Append(sum.Total.Number)),
                sum.Total.Number.Text);
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan SourceOf(TableFigure figure) => figure.Cell.Prose.ToSource(figure.Number.Span);
}
