using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1008: one draft says the same subject has two different counts of one unit (<c>Đảng bộ huyện có
/// 52 tổ chức cơ sở đảng</c>, later <c>… có 53 tổ chức cơ sở đảng</c>) with no different year or date
/// to explain it. Reported at the later statement, the earlier one as a related location.
/// </summary>
public sealed class RL1008SameFigureStatedDifferently : ArithmeticAnalyzer
{
    public const string Id = "RL1008";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var first = new Dictionary<string, (StockStatement Statement, Block Block)>(StringComparer.Ordinal);
        foreach (var block in context.Draft.Blocks)
        {
            if (block.Kind == BlockKind.TableCell)
            {
                continue;
            }

            foreach (var statement in StockStatementReader.Read(FigureCache.Of(context, block)))
            {
                if (!first.TryGetValue(statement.Key, out var earlier))
                {
                    first.Add(statement.Key, (statement, block));
                    continue;
                }

                var (earlierFigure, later) = (earlier.Statement.Figure, statement.Figure);
                ArithmeticRules.Verify(
                    context,
                    Descriptor,
                    earlierFigure.BaseValue == later.BaseValue,
                    block.Prose.ToSource(later.Span),
                    [earlier.Block.Prose.ToSource(earlierFigure.Span)],
                    null,
                    later.Number.Text,
                    earlierFigure.Number.Text,
                    later.Unit!.Text);
            }
        }
    }
}
