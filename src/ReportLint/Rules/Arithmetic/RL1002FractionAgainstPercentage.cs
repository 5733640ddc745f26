using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1002: a percentage stated for a fraction is not what the fraction gives (<c>86/101 …, đạt
/// 85,2%</c>: 85,1%; <c>86 trên tổng số 101 …</c> alike). Any usual rounding at the stated precision is
/// accepted; above 100% is fine.
/// </summary>
internal sealed class RL1002FractionAgainstPercentage : ArithmeticAnalyzer
{
    public const string Id = "RL1002";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterVerdicts(context, Present, RelationKind.Ratio);

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var part = verdict.Relation.One("part")!;
        var whole = verdict.Relation.One("whole")!;
        var percent = verdict.Stated;
        var related = whole.Mention == part.Mention ? [Source(context, part.Span)] : new[] { Source(context, part.Span), Source(context, whole.Span) };
        if (verdict.Kind == VerdictKind.NotJudged)
        {
            ArithmeticRules.Explain(context, Descriptor, "Figures_Estimate", Source(context, percent.Span), related, $"{part.Number.Text}/{whole.Number.Text} ~ {percent.Number.Text}%");
            return;
        }

        var stated = percent.Number;
        var expected = PercentCheck.ExpectedText(part.Value, whole.Value, stated.Decimals);
        // Only exact counts make the corrected percentage certain enough to offer as a fix.
        var certain = part.Interval is { } p && p.Low == p.High && whole.Interval is { } w && w.Low == w.High;
        ArithmeticRules.Verify(
            context,
            Descriptor,
            verdict.Holds,
            Source(context, percent.Span),
            related,
            certain ? FixData.Replace(Source(context, stated.Span), expected) : null,
            part.Number.Text,
            whole.Number.Text,
            verdict.Holds ? FigureText.Precise(part.Value, whole.Value, stated.Decimals) : expected,
            stated.Text);
    }
}
