using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers.Relations;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1009: a count announces a list of names that has another length (<c>4 ngân hàng gồm BIDV,
/// Vietcombank và SHB</c>). Only lists closed by "và" and ending the clause are counted, so an open
/// enumeration ("…, SHB và các ngân hàng khác") is never taken for the whole.
/// </summary>
internal sealed class RL1009CountAgainstItemsListed : ArithmeticAnalyzer
{
    public const string Id = "RL1009";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Info);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterVerdicts(context, Present, RelationKind.CountItems);

    private static void Present(BlockAnalysisContext context, Verdict verdict)
    {
        var count = verdict.Relation.One("count")!;
        var items = verdict.Relation.All("item").ToList();
        ArithmeticRules.Verify(
            context,
            Descriptor,
            verdict.Holds,
            Source(context, count.Span),
            items.Select(i => Source(context, i.Span)),
            null,
            count.Number.Text,
            items.Count);
    }
}
