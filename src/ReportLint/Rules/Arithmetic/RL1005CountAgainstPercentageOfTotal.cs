using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1005: a count stated with its share ("chiếm 15,2%") is not that share of the total the paragraph
/// stated before it. When several earlier figures could be that total, the share is accepted if one of them explains it.
/// </summary>
internal sealed class RL1005CountAgainstPercentageOfTotal : ArithmeticAnalyzer
{
    public const string Id = "RL1005";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterVerdicts(context, Present, RelationKind.Share);

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var parts = verdict.Relation.All("part").ToList();
        var sum = parts.Sum(p => p.Value);
        var terms = parts.Select(p => p.Number).ToList();
        var sumText = ArithmeticRules.InUnitOf(sum, parts[0], terms.Max(t => t.Decimals));
        var stated = verdict.Stated.Number;
        var whole = verdict.Relation.All("whole").MinBy(w => Math.Abs((sum * 100 / w.Value) - stated.Value))!;
        var related = parts.Select(p => Source(context, p.Span)).Append(Source(context, whole.Span)).ToList();
        if (verdict.Kind == VerdictKind.NotJudged)
        {
            ArithmeticRules.Explain(context, Descriptor, "Figures_Estimate", Source(context, verdict.Stated.Span), related, $"{sumText}/{whole.Number.Text} ~ {stated.Text}%");
            return;
        }

        ArithmeticRules.Verify(
            context,
            Descriptor,
            verdict.Holds,
            Source(context, verdict.Stated.Span),
            related,
            null,
            terms.Count > 1 ? $"{FigureText.Sum(terms)} = {sumText}; " : string.Empty,
            sumText,
            whole.Number.Text,
            verdict.Holds ? FigureText.Precise(sum, whole.Value, stated.Decimals) : PercentCheck.ExpectedText(sum, whole.Value, stated.Decimals),
            stated.Text);
    }
}
