using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2002: two or more spaces between words on one line. Web pages and Word often leave a
/// no-break space beside an ordinary one, which looks like a single wide gap; the message names
/// it because the editor cannot see it. Four spaces or more are not a slip of the thumb but
/// alignment: a signature block or a form pushed into place in a Word file; so are spaces after a
/// form's dotted leader (<c>Họ tên: ………….   Giới tính:</c>), which push the next field into place.
/// </summary>
internal sealed class RL2002DoubledSpace : DraftAnalyzer
{
    public const string Id = "RL2002";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private const int AlignmentRun = 4;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!InlineSpace.Is(text[i]))
            {
                i++;
                continue;
            }

            var end = InlineSpace.RunEnd(text, i);
            if (end - i is >= 2 and < AlignmentRun && InlineSpace.IsBetweenVisible(text, i, end) && !AfterLeader(text, i))
            {
                var span = context.Block.Prose.ToSource(i, end - i);
                context.Report(Rule, span, FixData.Replace(span, " "), end - i, SpecialSpaceNote(text, i, end));
            }

            i = end;
        }
    }

    private static bool AfterLeader(string text, int start) =>
        Leaders.IsDot(text[start - 1]) && Leaders.RunAround(text, start - 1).IsLeader;

    private static object SpecialSpaceNote(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ')
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return TypographyRules.Family.Phrase(IsNoBreak(c) ? "RL2002_NoBreakSpace" : "RL2002_OtherSpace", code);
            }
        }

        return string.Empty;
    }

    private static bool IsNoBreak(char c) => c is '\u00A0' or '\u202F' or '\u2007';
}
