using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1006: a stated change that the figures before and after it do not give: <c>tăng 1,8 tỷ đồng so
/// với năm 2023 (10,9 tỷ đồng)</c> beside a current 12,6; <c>128 bản … còn 101 bản, giảm 27 bản</c> holds.
/// The figures are taken as written, as a reader checks them.
/// </summary>
public sealed class RL1006ChangeAgainstFigures : ArithmeticAnalyzer
{
    public const string Id = "RL1006";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var claim in ChangeReader.Read(figures))
        {
            var before = claim.Before.BaseValue;
            var after = claim.After.BaseValue;
            if (before == 0)
            {
                continue;
            }

            var stated = claim.Change.Number;
            var sign = claim.Increase ? 1 : -1;
            var absolute = Absolute(claim, stated, sign);
            var relative = claim.Measure != ChangeMeasure.Absolute && Math.Sign(after - before) == sign
                && PercentCheck.IsConsistent(Math.Abs(after - before), before, stated.Value, stated.Decimals);
            var holds = (claim.Measure != ChangeMeasure.Relative && absolute) || relative;
            var useRelative = claim.Measure == ChangeMeasure.Relative || (claim.Measure == ChangeMeasure.Either && relative);
            var (a, b) = (claim.Before.Number.Text, claim.After.Number.Text);
            var expression = useRelative ? $"({b} − {a})/{a}" : $"{b} − {a}";
            var actual = useRelative
                ? FigureText.Signed(PercentCheck.TruePercent(after - before, before), stated.Decimals) + "%"
                : FigureText.Signed((after - before) / Scale(claim), Math.Max(stated.Decimals, Math.Max(claim.Before.Number.Decimals, claim.After.Number.Decimals)));
            var suffix = claim.Change.Kind == NumberKind.Percentage ? "%" : string.Empty;
            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                Source(context, claim.Change.Span),
                [Source(context, claim.Before.Span), Source(context, claim.After.Span)],
                null,
                expression,
                actual,
                (claim.Increase ? "+" : "−") + stated.Text + suffix);
        }
    }

    // The stated change in the figures' own unit, compared at the precision it is written with.
    private static bool Absolute(ChangeClaim claim, WrittenNumber stated, int sign)
    {
        var difference = (claim.After.BaseValue - claim.Before.BaseValue) / Scale(claim);
        if (Math.Sign(difference) != sign)
        {
            return false;
        }

        var magnitude = Math.Abs(difference);
        return new[] { MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero }
            .Any(rounding => Math.Round(magnitude, stated.Decimals, rounding) == stated.Value);
    }

    // A change with no unit of its own ("giảm 27") is in the unit of the figures; a percentage is in points.
    private static decimal Scale(ChangeClaim claim) =>
        claim.Change.Kind == NumberKind.Percentage ? 1 : ScaleOf(claim.Change.Unit?.Definition is null ? claim.After : claim.Change);

    private static decimal ScaleOf(NumberMention figure) => figure.Number.Value == 0 ? 1 : figure.BaseValue / figure.Number.Value;
}
