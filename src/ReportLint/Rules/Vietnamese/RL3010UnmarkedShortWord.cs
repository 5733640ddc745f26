using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3010: one short word typed without its marks inside prose written with them (<c>bố va mẹ</c>,
/// <c>chỉ đạo cua Tỉnh ủy</c>, <c>cho cac xã</c>). Only words that real prose never leaves bare are
/// looked at (<c>Vietnamese/Lexicon/unmarked-words.txt</c>), and only between marked words: not
/// where the bare form is a word with its neighbour (<c>va chạm</c>, <c>cá voi</c>), in English
/// or Latin-script names, or in a draft typed without marks (RL3005's business). A run of bare
/// words is RL3005's too: here a neighbour must carry marks.
/// </summary>
internal sealed class RL3010UnmarkedShortWord : DraftAnalyzer
{
    public const string Id = "RL3010";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        if (!WordTraitCache.IsWrittenWithMarks(context))
        {
            return;
        }

        foreach (var block in context.Draft.Blocks)
        {
            var text = context.TextOf(block);
            var traits = WordTraitCache.Of(context, text);
            var tokens = text.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if ((traits[i] & (WordTraits.Ascii | WordTraits.StartsUpper | WordTraits.Marked)) != WordTraits.Ascii
                    || UnmarkedWords.Shared.Find(text.TextOf(tokens[i])) is not { } entry
                    || WordShape.IsPartOfCompound(text.Text, tokens[i].Start, tokens[i].End))
                {
                    continue;
                }

                var before = Neighbour(text, traits, i, -1);
                var after = Neighbour(text, traits, i, +1);
                if (!IsVietnameseContext(before, after) || IsWordWith(text, entry, i, before, after))
                {
                    continue;
                }

                var span = block.Prose.ToSource(tokens[i].Start, tokens[i].Length);
                var fix = entry.Intended.Length == 1 ? FixData.Replace(span, entry.Intended[0]) : null;
                context.Report(Rule, span, fix, text.TextOf(tokens[i]).ToString(), string.Join("”/“", entry.Intended));
            }
        }
    }

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

    // Between marked Vietnamese words, or after one at the end of a clause: a bare neighbour that
    // is no Vietnamese syllable (hot girl, Alexandre de Juniac) says the words are foreign.
    private static bool IsVietnameseContext((int Index, WordTraits Traits) before, (int Index, WordTraits Traits) after)
    {
        var marked = (before.Traits & WordTraits.Marked) != 0 || (after.Traits & WordTraits.Marked) != 0;
        return marked && IsVietnamese(before.Traits) && IsVietnamese(after.Traits);
    }

    private static bool IsVietnamese(WordTraits word) =>
        word == WordTraits.None || (word & WordTraits.Marked) != 0 || (word & WordTraits.UnmarkedSyllable) != 0;

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
