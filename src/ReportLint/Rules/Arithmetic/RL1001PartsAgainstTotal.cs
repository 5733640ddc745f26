using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1001: the figures listed under a total do not add up to it (<c>41 chi đảng bộ cơ sở, gồm: 13
/// đảng bộ cơ sở, 159 chi bộ trực thuộc</c>). The listings are the <c>sum</c> phrasings of the relation
/// grammar; a partial listing ("trong đó") is wrong only when it exceeds its total.
/// </summary>
internal sealed class RL1001PartsAgainstTotal : ArithmeticAnalyzer
{
    public const string Id = "RL1001";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterVerdicts(context, Present, RelationKind.Sum);

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var total = verdict.Relation.One("total")!;
        // A failing listing is shown as the author wrote it, the level below included.
        var counted = verdict.Relation.All("part").Sum(p => p.Value);
        var parts = verdict.Relation.Operands.Where(o => o.Role == "part" || (o.Role == "below" && verdict.Expected != counted)).ToList();
        var terms = FigureText.Sum(parts.Select(p => p.Number));
        var sum = ArithmeticRules.InUnitOf(verdict.Expected, total, parts.Append(total).Max(p => p.Number.Decimals));
        var related = parts.Select(p => Source(context, p.Span));
        switch (verdict.Kind)
        {
            case VerdictKind.NotJudged:
                ArithmeticRules.Explain(context, Descriptor, verdict.Reason == NotJudgedReason.PartialListing ? "Figures_Partial" : "Figures_Estimate",
                    Source(context, total.Span), related, terms, sum, total.Number.Text);
                break;
            default:
                ArithmeticRules.Verify(context, Descriptor, verdict.Holds, Source(context, total.Span), related, null, terms, sum, total.Number.Text);
                break;
        }
    }
}
