using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3010: one short word typed without its marks inside prose written with them (<c>bố va mẹ</c>,
/// <c>chỉ đạo cua Tỉnh ủy</c>, <c>cho cac xã</c>). Only words that real prose never leaves bare are
/// looked at (<c>Vietnamese/Lexicon/unmarked-words.txt</c>), and only near marked words: not
/// where the bare form is a word with its neighbour (<c>va chạm</c>, <c>cá voi</c>), in English
/// words, or in a draft typed without marks (RL3005's business).
/// </summary>
internal sealed class RL3010UnmarkedShortWord : DraftAnalyzer
{
    public const string Id = "RL3010";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        foreach (var text in WordTraitCache.BlocksWrittenWithMarks(context))
        {
            var traits = WordTraitCache.Of(context, text);
            var tokens = text.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if ((traits[i] & (WordTraits.Ascii | WordTraits.StartsUpper | WordTraits.Marked)) != WordTraits.Ascii
                    || UnmarkedWords.Shared.Find(text.TextOf(tokens[i])) is not { } entry
                    || WordShape.IsPartOfCompound(text.Text, tokens[i].Start, tokens[i].End) || NextToDash(text, i))
                {
                    continue;
                }

                var before = Neighbour(text, traits, i, -1);
                var after = Neighbour(text, traits, i, +1);
                if (!IsVietnamese(before.Traits) || !IsVietnamese(after.Traits) || !HasMarkedWordNear(traits, i)
                    || IsWordWith(text, entry, i, before, after))
                {
                    continue;
                }

                var span = text.Block.Prose.ToSource(tokens[i].Start, tokens[i].Length);
                var fix = entry.Intended.Length == 1 ? FixData.Replace(span, entry.Intended[0]) : null;
                context.Report(Rule, span, fix, text.TextOf(tokens[i]).ToString(), string.Join("”/“", entry.Intended));
            }
        }
    }

    // A name spelt out syllable by syllable (Vác - xa - va) is no sentence.
    private static bool NextToDash(BlockText text, int i) =>
        (i > 0 && IsDash(text, i - 1)) || (i + 1 < text.Tokens.Length && IsDash(text, i + 1));

    private static bool IsDash(BlockText text, int i) =>
        text.Tokens[i].Kind == TokenKind.Punctuation && text.TextOf(text.Tokens[i]) is "-" or "–" or "—";

    /// <summary>The index and traits of the word next to token <paramref name="i"/>, spaces only between, or (-1, None).</summary>
    private static (int Index, WordTraits Traits) Neighbour(BlockText text, ReadOnlySpan<WordTraits> traits, int i, int step)
    {
        var j = i + step;
        if (j < 0 || j >= text.Tokens.Length || text.Tokens[j].Kind != TokenKind.Word)
        {
            return (-1, WordTraits.None);
        }

        var (left, right) = step < 0 ? (text.Tokens[j], text.Tokens[i]) : (text.Tokens[i], text.Tokens[j]);
        return text.Text.AsSpan(left.End, right.Start - left.End).IsWhiteSpace() ? (j, traits[j]) : (-1, WordTraits.None);
    }

    // A lower-case neighbour that is no Vietnamese syllable says the words are English (hot girl,
    // the va); numbers, names and acronyms stand in Vietnamese sentences (2015 va 2016, Công an va VKSND).
    private static bool IsVietnamese(WordTraits word) =>
        (word & (WordTraits.Marked | WordTraits.UnmarkedSyllable | WordTraits.StartsUpper | WordTraits.HasDigit)) != 0
        || word == WordTraits.None;

    // Among the three words on either side one carries marks: the sentence is written with them
    // ("lời khai cua anh Bình"), and a run of bare words is RL3005's business.
    private static bool HasMarkedWordNear(ReadOnlySpan<WordTraits> traits, int i)
    {
        for (int step = -1, seen = 0; step <= 1; step += 2, seen = 0)
        {
            for (var j = i + step; j >= 0 && j < traits.Length && seen < 3; j += step)
            {
                if ((traits[j] & WordTraits.Word) != 0)
                {
                    seen++;
                    if ((traits[j] & WordTraits.Marked) != 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsWordWith(BlockText text, UnmarkedWords.Entry entry, int i, (int Index, WordTraits Traits) before, (int Index, WordTraits Traits) after)
    {
        var bare = text.TextOf(text.Tokens[i]);
        var lexicon = VietnameseLexicon.Shared;
        if (before.Index >= 0)
        {
            var word = text.TextOf(text.Tokens[before.Index]);
            if (entry.IsWordWith(word) || lexicon.IsWord(word, bare))
            {
                return true;
            }
        }

        if (after.Index >= 0)
        {
            var word = text.TextOf(text.Tokens[after.Index]);
            return entry.IsWordWith(word) || lexicon.IsWord(bare, word);
        }

        return false;
    }
}
