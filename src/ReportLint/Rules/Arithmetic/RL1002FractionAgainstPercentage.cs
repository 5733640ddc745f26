using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1002: a percentage stated for a fraction is not what the fraction gives (<c>86/101 …, đạt
/// 85,2%</c>: 85,1%). Any usual rounding at the stated precision is accepted; above 100% is fine.
/// </summary>
public sealed class RL1002FractionAgainstPercentage : ArithmeticAnalyzer
{
    public const string Id = "RL1002";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var (fraction, percentage) in FractionPercentReader.Read(figures))
        {
            var numerator = fraction.Number.Value;
            var denominator = fraction.Denominator!.Value.Value;
            var stated = percentage.Number;
            var holds = PercentCheck.IsConsistent(numerator, denominator, stated.Value, stated.Decimals);
            var expected = PercentCheck.ExpectedText(numerator, denominator, stated.Decimals);
            var digits = Source(context, stated.Span);
            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                Source(context, percentage.Span),
                [Source(context, fraction.Span)],
                FixData.Replace(digits, expected),
                fraction.Number.Text,
                fraction.Denominator.Value.Text,
                holds ? FigureText.Precise(numerator, denominator, stated.Decimals) : expected,
                stated.Text);
        }
    }
}
