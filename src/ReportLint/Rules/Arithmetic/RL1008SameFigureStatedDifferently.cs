using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;

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
        CheckHeadline(context);
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

    /// <summary>The title's figures against the body's: a headline that says 275 tỷ over an article that says 245 tỷ.</summary>
    private static void CheckHeadline(DraftAnalysisContext context)
    {
        var blocks = context.Draft.Blocks.Where(b => b.Kind != BlockKind.TableCell && b.Prose.Text.Length > 0).ToList();
        if (blocks.Count < 2 || !IsTitle(blocks[0]))
        {
            return;
        }

        var body = blocks.Skip(1).ToList();
        var title = FigureCache.Of(context, blocks[0]);
        foreach (var restatement in RestatementReader.Read(title, [.. body.Select(b => FigureCache.Of(context, b))], RelationGrammar.Default))
        {
            var holds = RestatementReader.Holds(restatement);
            var stated = RestatementReader.Stated(restatement.Title);
            var (index, nearest) = restatement.Candidates.MinBy(c => Math.Abs(c.Mention.BaseValue - restatement.Title.BaseValue));
            if (holds)
            {
                (index, nearest) = restatement.Candidates.First(c => RestatementReader.Stated(c.Mention).Overlaps(stated));
            }

            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                body[index].Prose.ToSource(nearest.Span),
                [blocks[0].Prose.ToSource(restatement.Title.Span)],
                null,
                nearest.Number.Text,
                restatement.Title.Number.Text,
                nearest.Kind == NumberKind.Percentage ? "%" : nearest.Unit?.Text ?? string.Empty);
        }
    }

    /// <summary>A heading, or a first paragraph short enough and without a closing full stop to be the title of a plain-text draft.</summary>
    private static bool IsTitle(Block first)
    {
        const int MaxTitleWords = 40;
        var text = first.Prose.Text.TrimEnd();
        return first.Kind == BlockKind.Heading
            || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords && !text.EndsWith('.'));
    }
}
