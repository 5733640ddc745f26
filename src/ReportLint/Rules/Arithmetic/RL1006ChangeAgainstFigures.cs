using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1006: a stated change, multiple or mean that the figures it compares do not give: <c>tăng 1,8
/// tỷ đồng so với năm 2023 (10,9 tỷ đồng)</c> beside a current 12,6; <c>gấp 3 lần</c>; <c>bình quân</c>.
/// A change may be an amount, a percent change or percentage points; any reading the figures allow is accepted.
/// </summary>
internal sealed class RL1006ChangeAgainstFigures : ArithmeticAnalyzer
{
    public const string Id = "RL1006";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) =>
        RegisterVerdicts(context, Present, RelationKind.Change, RelationKind.ChangeRate, RelationKind.Multiple, RelationKind.Average);

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var relation = verdict.Relation;
        var stated = verdict.Stated;
        var (expression, actual) = Arithmetic(verdict);
        var related = relation.Operands.Where(o => o != stated).Select(o => Source(context, o.Span));
        var sign = relation.Kind is not (RelationKind.Change or RelationKind.ChangeRate) ? string.Empty : relation.Direction > 0 ? "+" : relation.Direction < 0 ? "−" : string.Empty;
        var statedText = sign + stated.Number.Text + (stated.Mention.Kind == NumberKind.Percentage ? "%" : string.Empty);
        if (verdict.Kind == VerdictKind.NotJudged)
        {
            ArithmeticRules.Explain(context, Descriptor, "Figures_Estimate", Source(context, stated.Span), related, $"{expression} ~ {statedText}");
            return;
        }

        ArithmeticRules.Verify(context, Descriptor, verdict.Holds, Source(context, stated.Span), related, null, expression, actual, statedText);
    }

    private static (string Expression, string Actual) Arithmetic(Verdict verdict)
    {
        var relation = verdict.Relation;
        var decimals = Math.Max(verdict.Stated.Number.Decimals, relation.Operands.Max(o => o.Number.Decimals));
        switch (relation.Kind)
        {
            case RelationKind.Multiple:
                return ($"{relation.One("after")!.Number.Text} : {relation.One("before")!.Number.Text}", FigureText.Format(verdict.Expected, Math.Max(1, decimals)));
            case RelationKind.Average:
                return ($"{relation.One("total")!.Number.Text} : {relation.One("count")!.Number.Text}", ArithmeticRules.InUnitOf(verdict.Expected, verdict.Stated, Math.Max(1, decimals)));
            case RelationKind.ChangeRate:
                var amount = relation.One("diff")!.Number.Text;
                var level = relation.One("after")!.Number.Text;
                var previous = relation.Direction > 0 ? $"({level} − {amount})" : $"({level} + {amount})";
                return ($"{amount}/{previous}", FigureText.Signed(relation.Direction * verdict.Expected, verdict.Stated.Number.Decimals) + "%");
        }

        var before = relation.One("before")!;
        var after = relation.One("after")!;
        var expression = $"{after.Number.Text} − {before.Number.Text}";
        var change = after.Value - before.Value;
        return verdict.Law switch
        {
            ChangeLaw.Percent => ($"({after.Number.Text} − {before.Number.Text})/{before.Number.Text}", FigureText.Signed(change * 100 / before.Value, verdict.Stated.Number.Decimals) + "%"),
            ChangeLaw.Points => (expression, FigureText.Signed(change, decimals)),
            _ => (expression, FigureText.Signed(verdict.Stated.Scale == 0 ? change : change / verdict.Stated.Scale, decimals)),
        };
    }
}
