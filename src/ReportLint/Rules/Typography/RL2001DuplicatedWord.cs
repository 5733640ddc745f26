using System.Collections.Immutable;
using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2001: a word typed twice (<c>các các</c>). Not reported: reduplication that Vietnamese uses on
/// purpose (<c>người người</c>, allowed through rules.yml), two capitalised words (a name:
/// <c>Thanh Thanh</c>), and two words that share a syllable (<c>hành vi vi phạm</c>: both pairs are
/// words of the <see cref="VietnameseLexicon"/>), or a title before a name that starts with the
/// title's last syllable (<c>nghi phạm Phạm Văn</c>).
/// </summary>
internal sealed class RL2001DuplicatedWord : DraftAnalyzer
{
    public const string Id = "RL2001";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
        [new(Id, "allow", "Legitimate reduplications, such as 'người người', that are not typos.")];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text;
        var tokens = text.Tokens;
        FrozenSet<string>? allowed = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var first = tokens[i - 1];
            var second = tokens[i];
            if (first.Kind != TokenKind.Word || second.Kind != TokenKind.Word || !OnlyWhiteSpaceBetween(text.Text, first, second))
            {
                continue;
            }

            var firstWord = text.TextOf(first);
            var secondWord = text.TextOf(second);
            if (!firstWord.Equals(secondWord, StringComparison.OrdinalIgnoreCase) || LooksLikeName(firstWord, secondWord)
                || StartsSentenceLikeChunk(text, i))
            {
                continue;
            }

            allowed ??= context.Options(Id).GetLowerCaseSet("allow");
            var pair = $"{firstWord} {secondWord}".ToLowerInvariant();
            if ((allowed.Contains(pair) && !NumberAfter(text, i)) || TwoWordsShareASyllable(text, i - 1, i))
            {
                continue;
            }

            var prose = context.Block.Prose;
            var removal = TextSpan.FromBounds(prose.ToSource(first.End, 0).Start, prose.ToSource(second.Start, second.Length).End);
            context.Report(
                Rule,
                prose.ToSource(first.Start, second.End - first.Start),
                FixData.Replace(removal, string.Empty),
                secondWord.ToString(),
                $"{firstWord} {secondWord}");
        }
    }

    private static bool OnlyWhiteSpaceBetween(string text, Token first, Token second)
    {
        for (var i = first.End; i < second.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "Thanh Thanh" is a name; "Các các" opens a sentence with a typo.
    private static bool LooksLikeName(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        char.IsUpper(first[0]) && char.IsUpper(second[0]);

    // "trong đêm Đêm 5/11, Thành…": a capital after the same word in lower case opens a new
    // sentence (a headline run into the text without its full stop), and deleting a word would
    // not mend it. Only a capitalised word after it makes the capital a name's: "bà Bà Lan".
    private static bool StartsSentenceLikeChunk(BlockText text, int second)
    {
        var word = text.TextOf(text.Tokens[second]);
        if (!char.IsUpper(word[0]) || char.IsUpper(text.TextOf(text.Tokens[second - 1])[0]))
        {
            return false;
        }

        return second + 1 >= text.Tokens.Length || text.Tokens[second + 1].Kind != TokenKind.Word
            || !char.IsUpper(text.TextOf(text.Tokens[second + 1])[0]);
    }

    // Reduplication never comes before a figure: "ngày ngày 7", "năm năm 2017" are typos.
    private static bool NumberAfter(BlockText text, int second) =>
        second + 1 < text.Tokens.Length && text.Tokens[second + 1].Kind == TokenKind.Number
        && OnlyWhiteSpaceBetween(text.Text, text.Tokens[second], text.Tokens[second + 1]);

    // "A X X B" is two words when "A X" and "X B" both are: "hành vi vi phạm", "có thể thể hiện".
    // A capital in mid-sentence starts a name, so after a title one of the two is enough:
    // "nghi phạm Phạm Văn", "Trưởng phòng Phòng Cảnh sát". A free syllable ("đã", "của") stands
    // alone and is never shared, whatever its neighbours: "cũng đã đã được" is a typo.
    private static bool TwoWordsShareASyllable(BlockText text, int first, int second)
    {
        var tokens = text.Tokens;
        var syllable = text.TextOf(tokens[first]);
        var lexicon = VietnameseLexicon.Shared;
        if (lexicon.IsFree(syllable))
        {
            return false;
        }

        var before = first > 0 && IsWordNextTo(text, first - 1, first) && lexicon.IsWord(text.TextOf(tokens[first - 1]), syllable);
        var after = second + 1 < tokens.Length && IsWordNextTo(text, second, second + 1) && lexicon.IsWord(syllable, text.TextOf(tokens[second + 1]));
        var nameStarts = !char.IsUpper(syllable[0]) && char.IsUpper(text.TextOf(tokens[second])[0]);
        return nameStarts ? before || after : before && after;
    }

    private static bool IsWordNextTo(BlockText text, int left, int right) =>
        text.Tokens[left].Kind == TokenKind.Word && text.Tokens[right].Kind == TokenKind.Word
        && OnlyWhiteSpaceBetween(text.Text, text.Tokens[left], text.Tokens[right]);
}
