using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2003: a space typed before <c>, . ; : ! ? %</c>, which Vietnamese sets tight against the word
/// before (<c>đảng viên :Hoàn thành</c>). A dot that opens an ellipsis, a number (<c>.5</c>) or a
/// name (<c>.NET</c>) is not a full stop, and <c>%</c> counts only after a number.
/// </summary>
internal sealed class RL2003SpaceBeforePunctuation : DraftAnalyzer
{
    public const string Id = "RL2003";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> Marks = SearchValues.Create(",.;:!?%");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        for (var i = ProseSearch.Next(text, 1, Marks); i >= 0; i = ProseSearch.Next(text, i + 1, Marks))
        {
            if (!IsTightMark(text, i) || !InlineSpace.Is(text[i - 1]))
            {
                continue;
            }

            var start = InlineSpace.RunStart(text, i);
            if (!InlineSpace.IsBetweenVisible(text, start, i) || text[i] == '%' && !char.IsDigit(text[start - 1]))
            {
                continue;
            }

            var prose = context.Block.Prose;
            var spaces = prose.ToSource(start, i - start);
            context.Report(Rule, TextSpan.FromBounds(spaces.Start, prose.ToSource(i, 1).End), FixData.Replace(spaces, string.Empty), text[i].ToString());
        }
    }

    private static bool IsTightMark(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return text[i] switch
        {
            ',' => !char.IsDigit(next),
            '.' => !char.IsLetterOrDigit(next) && next is not '.' and not '/',
            ';' or ':' or '!' or '?' or '%' => true,
            _ => false,
        };
    }
}
