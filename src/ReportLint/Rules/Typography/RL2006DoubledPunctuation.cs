using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2006: two marks of <c>. , ; :</c> side by side (<c>địa phương.;</c>, <c>,,</c>) or two dots
/// (<c>..</c>). Three dots or more are an ellipsis, <c>./.</c> closes an official document, and
/// the dot of an abbreviation may meet a mark (<c>anh T.,</c>, <c>v.v.,</c>). A dotted leader of a
/// form (<c>Họ và tên: ………..;</c>, see <see cref="Leaders"/>) and the mark right after it are layout.
/// Which mark to keep depends on the sentence, so there is no automatic fix.
/// </summary>
internal sealed class RL2006DoubledPunctuation : DraftAnalyzer
{
    public const string Id = "RL2006";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> Marks = SearchValues.Create(".,;:");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        var i = ProseSearch.Next(text, 0, Marks);
        while (i >= 0)
        {
            if (text[i] == '.' && Leaders.RunAround(text, i) is { IsLeader: true } leader)
            {
                var after = leader.End < text.Length && text[leader.End] is ',' or ';' or ':' ? leader.End + 1 : leader.End;
                i = ProseSearch.Next(text, after, Marks);
                continue;
            }

            var dots = DotRun(text, i);
            if (dots > 1)
            {
                // Three dots or more are an ellipsis; two are a slip unless they close a document
                // ("../.") or the first ends an abbreviation ("bắt giữ Kh..").
                if (dots == 2 && (i + 2 == text.Length || text[i + 2] != '/') && !EndsAbbreviation(text, i))
                {
                    Report(context, i);
                }

                i = ProseSearch.Next(text, i + dots, Marks);
            }
            else if (IsSingleMark(text, i) && IsSingleMark(text, i + 1) && !(text[i] == '.' && EndsAbbreviation(text, i)))
            {
                Report(context, i);
                i = ProseSearch.Next(text, i + 2, Marks);
            }
            else
            {
                i = ProseSearch.Next(text, i + 1, Marks);
            }
        }
    }

    private static void Report(BlockAnalysisContext context, int start) =>
        context.ReportAtProse(Rule, start, 2, null, context.Text.Text.Substring(start, 2));

    private static int DotRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '.')
        {
            end++;
        }

        return end - start;
    }

    private static bool IsSingleMark(string text, int i) =>
        i < text.Length && (text[i] is ',' or ';' or ':' || DotRun(text, i) == 1);

    /// <summary>
    /// True when the dot at <paramref name="dot"/> closes an abbreviation: a name cut to its
    /// initials (<c>anh T.,</c>, <c>Tr.,</c>, <c>Ngh.,</c>) or a word with dots inside (<c>v.v.,</c>,
    /// <c>N.T..</c>). News reports hide names that way, so the dot and the mark after it both belong.
    /// </summary>
    private static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return length > 0 && (length <= 3 && char.IsUpper(text[start]) || start > 0 && text[start - 1] == '.');
    }
}
