using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2004: <c>, ; :</c> run into the next word (<c>:Hoàn thành</c>). Only a letter or an opening
/// quote or bracket after the mark counts, so numbers (<c>4,5</c>), times (<c>17:40</c>) and
/// ratios (<c>1:2</c>) stay silent; URLs never reach the rule. A sentence's end <c>. ! ?</c> run
/// into the next sentence (<c>năm 2025.Trong đó</c>) too, when the mark ends a number, a word, or
/// a closing quote or bracket and a capitalised word follows: abbreviations (<c>TP.HCM</c>, <c>H.Bình Chánh</c>,
/// <c>Tp.Hồ</c>), initials, decimals and domains do not.
/// </summary>
internal sealed class RL2004MissingSpaceAfterPunctuation : DraftAnalyzer
{
    public const string Id = "RL2004";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ");

    private static readonly SearchValues<char> Marks = SearchValues.Create(",;:.!?");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        for (var i = ProseSearch.Next(text, 0, Marks); i >= 0; i = ProseSearch.Next(text, i + 1, Marks))
        {
            if (i + 1 == text.Length || !(text[i] is '.' or '!' or '?' ? EndsSentenceBeforeWord(text, i) : StartsWord(text[i + 1])))
            {
                continue;
            }

            var mark = context.Block.Prose.ToSource(i, 1);
            context.Report(Rule, mark, FixData.Replace(new TextSpan(mark.End, 0), " "), text[i].ToString());
        }
    }

    private static bool StartsWord(char c) => char.IsLetter(c) || c is '“' or '‘' or '(' or '[';

    /// <summary>
    /// The mark at <paramref name="at"/> closes a number, a word of two lower-case letters or more, a
    /// capitalised syllable or a closing quote or bracket, and a capitalised word follows (a capital, then lower-case letters up to the word's end):
    /// only then is the next sentence certain. A capital before the mark is an abbreviation
    /// (TP.HCM, TX.Phú Mỹ, Tp.Hồ Chí Minh, T.Bảo); a word glued on by another dot, @ or / is a domain.
    /// </summary>
    private static bool EndsSentenceBeforeWord(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var before = text.AsSpan(start, at - start);
        var closesQuote = before.IsEmpty && at > 0 && text[at - 1] is '”' or '"' or '’' or ')';
        var closesNumber = !before.IsEmpty && char.IsDigit(before[^1]) && !char.IsLetter(before[0]);

        // A capitalised word closes a sentence when it is a Vietnamese syllable of three letters or
        // more (Hà Nội.Hiện, Cà Mau.Liên): abbreviations are not syllables (Tp, Th, Ths, Ng).
        var closesName = before.Length >= 3 && char.IsUpper(before[0]) && !before[1..].ContainsAnyExcept(LowerLetters)
            && VietnameseSyllable.IsValid(before);
        if (!closesQuote && !closesNumber && !closesName && (before.Length < 2 || before.ContainsAnyExcept(LowerLetters)))
        {
            return false;
        }

        var end = at + 2;
        if (!char.IsUpper(text[at + 1]))
        {
            return false;
        }

        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        return end > at + 2 && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '@' or '/' or '_'
            || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))));
    }
}
