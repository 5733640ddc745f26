using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2011: a blank left to fill in (<c>Số: ..../2024/NĐ-CP</c>, <c>ngày …… tháng</c>,
/// <c>Họ và tên: ____</c>). In a form template blanks are the point, and a decree is numbered
/// only when signed, so this is information, once per paragraph: the editor checks before
/// publishing that nothing meant to be filled in was left empty. A paragraph of dots alone right
/// after one with a blank is the same blank running on (a form's second line for an address). A
/// model form placed in a Word text box or frame is a template by design and is left out.
/// <para>
/// A blank is a run of dots six wide (an ellipsis counting three); or four wide after a label's
/// colon (<c>Số: ....</c>) or before a lowercase word (<c>ngày …. tháng</c>); or two against a
/// slash (<c>..../....</c>); or three underscores on a line that has words (a line of underscores
/// alone is the rule under a letterhead). News prose ends a sentence with at most four or five dots
/// (<c>Nguyễn....</c>, <c>công nghệ cao …. Theo đó</c>), which is not a blank.
/// </para>
/// </summary>
internal sealed class RL2011UnfilledBlank : DraftAnalyzer
{
    public const string Id = "RL2011";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Info);

    private const int WideRun = 6;
    private const int StandingRun = 4;
    private const int SlashRun = 2;
    private const int UnderscoreRun = 3;

    private static readonly SearchValues<char> BlankMarks = SearchValues.Create("._…");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var previousHadBlank = false;
        foreach (var block in context.Draft.Blocks)
        {
            if (block.IsPlaced)
            {
                previousHadBlank = false;
                continue;
            }

            var text = context.TextOf(block).Text;
            var (first, length, count) = Blanks(text);
            if (count > 0 && !(previousHadBlank && !HasWords(text, 0, text.Length)))
            {
                context.Report(Rule, block.Prose.ToSource(first, length), null, text.Substring(first, length), count.ToString(CultureInfo.InvariantCulture));
            }

            previousHadBlank = count > 0;
        }
    }

    private static (int First, int Length, int Count) Blanks(string text)
    {
        int first = -1, length = 0, count = 0;
        for (var i = ProseSearch.Next(text, 0, BlankMarks); i >= 0; i = ProseSearch.Next(text, i, BlankMarks))
        {
            int end;
            bool blank;
            if (Leaders.IsDot(text[i]))
            {
                var run = Leaders.RunAround(text, i);
                end = run.End;
                blank = IsBlank(text, run);
            }
            else
            {
                end = Leaders.UnderscoreRunEnd(text, i);
                blank = end - i >= UnderscoreRun && HasWordsOnLine(text, i, end);
            }

            if (blank && count++ == 0)
            {
                (first, length) = (i, end - i);
            }

            i = end;
        }

        return (first, length, count);
    }

    private static bool IsBlank(string text, Leaders.DotRun run) =>
        run.Width >= WideRun
        || run.Width >= StandingRun && (AfterColon(text, run.Start) || StandsApart(text, run.Start) && BeforeLowercaseWord(text, run.End))
        || run.Width >= SlashRun && (run.Start > 0 && text[run.Start - 1] == '/' || run.End < text.Length && text[run.End] == '/' && !ClosesDocument(text, run.End));

    // "…trên địa bàn.../." ends an official text; it is not "..../2024".
    private static bool ClosesDocument(string text, int slash) =>
        slash + 1 < text.Length && text[slash + 1] == '.' && (slash + 2 == text.Length || char.IsWhiteSpace(text[slash + 2]));

    // "Số: ....", "Kính gửi: ….": a label, then its blank.
    private static bool AfterColon(string text, int start)
    {
        var i = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        return i > 0 && text[i - 1] == ':';
    }

    private static bool StandsApart(string text, int start) => start == 0 || char.IsWhiteSpace(text[start - 1]);

    // "ngày .... tháng": the sentence goes on, where "sinh …. Theo đó" ends one with an ellipsis and a stop.
    private static bool BeforeLowercaseWord(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);

    private static bool HasWordsOnLine(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', start) + 1;
        var lineEnd = text.IndexOf('\n', end) is var next and >= 0 ? next : text.Length;
        return HasWords(text, lineStart, lineEnd);
    }

    private static bool HasWords(string text, int start, int end)
    {
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
