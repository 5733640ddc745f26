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
    /// The mark at <paramref name="at"/> closes a sentence and the next one starts right after it:
    /// only then is the missing space certain. Before the mark: a number (with its unit glued on:
    /// <c>1km</c>), a word of two lower-case letters or more, a capitalised name or a closing quote
    /// or bracket; a capital inside the word is an abbreviation (TP.HCM, TX.Phú Mỹ, Tp.Hồ Chí Minh,
    /// T.Bảo). After it: a capitalised word; after a lower-case word or a number also an acronym in
    /// capitals (<c>đồng.HĐXX</c>). A word glued on by another dot, @ or / is a domain.
    /// </summary>
    private static bool EndsSentenceBeforeWord(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var before = text.AsSpan(start, at - start);
        var next = NextWord(text, at + 1);
        if (next.IsEmpty || !char.IsUpper(next[0]) || !EndsWord(text, at + 1 + next.Length))
        {
            return false;
        }

        // A one-letter word (Ở, Ý) only with a space after it: T.Ă is a pair of initials.
        var capitalised = next.Length == 1
            ? VietnameseSyllable.IsValid(next) && at + 2 < text.Length && text[at + 2] == ' '
            : All(next[1..], char.IsLower);
        var acronym = next.Length >= 3 && All(next, char.IsUpper);
        if (before.IsEmpty)
        {
            return capitalised && at > 0 && text[at - 1] is '”' or '"' or '’' or ')';
        }

        // A number, or a number with its unit (2025, 1km, 40kg); a unit with a digit (m2) only
        // before a Vietnamese word, which a version number (v2.Beta) never is.
        if (char.IsDigit(before[0]) || (char.IsDigit(before[^1]) && VietnameseSyllable.IsValid(next)))
        {
            return capitalised || acronym;
        }

        if (before.Length >= 2 && !before.ContainsAnyExcept(LowerLetters))
        {
            return capitalised || acronym;
        }

        // A capitalised word closes a sentence when it is a Vietnamese syllable of three letters or
        // more (Hà Nội.Hiện, Cà Mau.Liên); a shorter syllable (Đỏ, An) or a foreign name (Alibaba,
        // Vinasun) only when a Vietnamese word follows (Cà Mau.Liên, Alibaba.Theo): abbreviations
        // are not syllables (Tp, Th, Ths, Ng) and Co.Ltd is no sentence.
        if (!char.IsUpper(before[0]) || before[1..].ContainsAnyExcept(LowerLetters) || !capitalised)
        {
            return false;
        }

        var syllable = VietnameseSyllable.IsValid(before);
        return (syllable && before.Length >= 3) || ((syllable || before.Length >= 4) && VietnameseSyllable.IsValid(next));
    }

    private static ReadOnlySpan<char> NextWord(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(from, end - from);
    }

    private static bool All(ReadOnlySpan<char> word, Func<char, bool> test)
    {
        foreach (var c in word)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWord(string text, int end) =>
        end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '@' or '/' or '_'
            || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));
}
