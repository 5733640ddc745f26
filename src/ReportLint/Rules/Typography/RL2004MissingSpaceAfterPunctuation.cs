using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2004: <c>, ; :</c> run into the next word (<c>:Hoàn thành</c>). Only a letter or an opening
/// quote or bracket after the mark counts, so numbers (<c>4,5</c>), times (<c>17:40</c>) and
/// ratios (<c>1:2</c>) stay silent; URLs never reach the rule.
/// </summary>
public sealed class RL2004MissingSpaceAfterPunctuation : DraftAnalyzer
{
    public const string Id = "RL2004";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> Marks = SearchValues.Create(",;:");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        for (var i = ProseSearch.Next(text, 0, Marks); i >= 0; i = ProseSearch.Next(text, i + 1, Marks))
        {
            if (i + 1 == text.Length || !StartsWord(text[i + 1]))
            {
                continue;
            }

            var mark = context.Block.Prose.ToSource(i, 1);
            context.Report(Rule, mark, FixData.Replace(new TextSpan(mark.End, 0), " "), text[i].ToString());
        }
    }

    private static bool StartsWord(char c) => char.IsLetter(c) || c is '“' or '‘' or '(' or '[';
}
