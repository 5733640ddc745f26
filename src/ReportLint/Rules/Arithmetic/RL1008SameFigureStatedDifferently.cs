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
internal sealed class RL1008SameFigureStatedDifferently : ArithmeticAnalyzer
{
    public const string Id = "RL1008";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Info);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var blocks = context.Draft.Blocks.Where(b => b.Kind != BlockKind.TableCell && b.Prose.Text.Length > 0).ToList();
        var hasTitle = blocks.Count > 1 && IsTitle(blocks[0]);
        if (hasTitle)
        {
            CheckHeadline(context, blocks);
        }

        var body = hasTitle ? blocks.Skip(1).ToList() : blocks;
        foreach (var restatement in RestatementReader.ReadBody([.. body.Select(b => FigureCache.Of(context, b))], RelationGrammar.Default))
        {
            Present(context, restatement, body[restatement.Block], body);
        }
    }

    /// <summary>The title's figures against the body's: a headline that says 275 tỷ over an article that says 245 tỷ.</summary>
    private static void CheckHeadline(DraftAnalysisContext context, List<Block> blocks)
    {
        var body = blocks.Skip(1).ToList();
        var title = FigureCache.Of(context, blocks[0]);
        foreach (var restatement in RestatementReader.Read(title, [.. body.Select(b => FigureCache.Of(context, b))], RelationGrammar.Default))
        {
            Present(context, restatement, blocks[0], body);
        }
    }

    /// <summary>Reported at the body figure nearest in value (the one that agrees, when one does), the other statement related.</summary>
    private static void Present(DraftAnalysisContext context, Restatement restatement, Block block, List<Block> body)
    {
        var holds = RestatementReader.Holds(restatement);
        var stated = RestatementReader.Stated(restatement.Title);
        var (index, nearest) = holds
            ? restatement.Candidates.First(c => RestatementReader.Stated(c.Mention).Overlaps(stated))
            : restatement.Candidates.MinBy(c => Math.Abs(c.Mention.BaseValue - restatement.Title.BaseValue));
        ArithmeticRules.Verify(
            context,
            Descriptor,
            holds,
            block.Prose.ToSource(restatement.Title.Span),
            [body[index].Prose.ToSource(nearest.Span)],
            null,
            Written(block, restatement.Title),
            Written(body[index], nearest));
    }

    /// <summary>A figure as the draft writes it, with its hedge and unit ("hơn 1,22 triệu cổ phiếu"), spaces made single.</summary>
    private static string Written(Block block, NumberMention figure) =>
        string.Join(' ', block.Prose.Text.Substring(figure.Span.Start, figure.Span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A heading, or a first paragraph short enough and without a closing full stop to be the title of a plain-text draft.</summary>
    private static bool IsTitle(Block first)
    {
        const int MaxTitleWords = 40;
        var text = first.Prose.Text.TrimEnd();
        return first.Kind == BlockKind.Heading
            || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords && !text.EndsWith('.'));
    }
}
