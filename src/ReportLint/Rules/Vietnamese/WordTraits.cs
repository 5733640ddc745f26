using ReportLint.Analysis;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>What the orthography rules ask of every word of a draft, answered once per distinct word.</summary>
[Flags]
internal enum WordTraits : ushort
{
    None = 0,

    /// <summary>The token is a word; punctuation and numbers have no other trait.</summary>
    Word = 1 << 0,

    Ascii = 1 << 1,
    StartsUpper = 1 << 2,

    /// <summary>An acronym or a word of a headline in capitals: two letters or more, none lower case.</summary>
    AllUpper = 1 << 3,

    HasDigit = 1 << 4,

    /// <summary>Some letter carries a tone or a vowel mark, or is đ.</summary>
    Marked = 1 << 5,

    /// <summary>Only letters of the Vietnamese alphabet: no f, j, w, z, ñ, ü or Cyrillic.</summary>
    VietnameseAlphabet = 1 << 6,

    ValidSyllable = 1 << 7,

    /// <summary>Plain ASCII letters that are a Vietnamese syllable with its marks removed (<c>bai</c>).</summary>
    UnmarkedSyllable = 1 << 8,

    /// <summary>An unmarked syllable that is also common as it stands (<c>anh</c>, <c>tin</c>).</summary>
    CommonUnmarked = 1 << 9,

    OldToneStyle = 1 << 10,
    NewToneStyle = 1 << 11,
}

/// <summary>
/// The traits of words and of every token of a block. A draft repeats a few thousand distinct words:
/// each is classified once per process, and each block once for all the rules that read it.
/// </summary>
internal static class WordTraitCache
{
    // Bounded, so text made of endless distinct strings cannot exhaust memory. One table per
    // thread: a lock-free concurrent table hashes with randomized Marvin, which cost more than the
    // classification it saves on a draft's short words.
    private const int CacheLimit = 50_000;

    [ThreadStatic]
    private static Dictionary<string, WordTraits>? _known;

    // Marked words are most of Vietnamese prose; below this share the draft is not written with marks.
    private const double MinimumMarkedShare = 0.3;

    private static readonly BlockValueProvider<WordTraits[]> ByBlock = new((_, text) => Classify(text));

    /// <summary>One entry per token of the block, <see cref="WordTraits.None"/> for tokens that are not words.</summary>
    public static ReadOnlySpan<WordTraits> Of(ActionContext context, BlockText text) => context.GetValue(text, ByBlock);

    /// <summary>
    /// The blocks of a draft written with marks, and none of one that is not: only among marked
    /// words is a word typed without them a slip.
    /// </summary>
    public static IEnumerable<BlockText> BlocksWrittenWithMarks(DraftAnalysisContext context)
    {
        int words = 0, marked = 0;
        foreach (var block in context.Draft.Blocks)
        {
            foreach (var word in Of(context, context.TextOf(block)))
            {
                words += (word & WordTraits.Word) != 0 ? 1 : 0;
                marked += (word & WordTraits.Marked) != 0 ? 1 : 0;
            }
        }

        return words > 0 && marked >= words * MinimumMarkedShare ? context.Draft.Blocks.Select(context.TextOf) : [];
    }

    private static WordTraits[] Classify(BlockText text)
    {
        var known = KnownWords();
        var prose = text.Text;
        var tokens = text.Tokens.AsSpan();
        var traits = new WordTraits[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            traits[i] = token.Kind == TokenKind.Word ? Of(prose.AsSpan(token.Start, token.Length), known) : WordTraits.None;
        }

        return traits;
    }

    private static Dictionary<string, WordTraits>.AlternateLookup<ReadOnlySpan<char>> KnownWords() =>
        (_known ??= []).GetAlternateLookup<ReadOnlySpan<char>>();

    private static WordTraits Of(ReadOnlySpan<char> word, Dictionary<string, WordTraits>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        if (known.TryGetValue(word, out var traits))
        {
            return traits;
        }

        traits = Classify(word);
        if (known.Dictionary.Count < CacheLimit)
        {
            known[word] = traits;
        }

        return traits;
    }

    private static WordTraits Classify(ReadOnlySpan<char> word)
    {
        var traits = WordTraits.Word;
        traits |= WordShape.IsAscii(word) ? WordTraits.Ascii : 0;
        traits |= WordShape.StartsUpper(word) ? WordTraits.StartsUpper : 0;
        traits |= WordShape.IsAllUpper(word) ? WordTraits.AllUpper : 0;
        traits |= WordShape.HasDigit(word) ? WordTraits.HasDigit : 0;
        traits |= Diacritics.HasVietnameseDiacritics(word) ? WordTraits.Marked : 0;
        traits |= IsVietnameseAlphabet(word) ? WordTraits.VietnameseAlphabet : 0;
        traits |= VietnameseSyllable.IsValid(word) ? WordTraits.ValidSyllable : 0;
        traits |= Diacritics.LooksLikeUnaccentedVietnamese(word) ? WordTraits.UnmarkedSyllable : 0;
        traits |= Diacritics.IsCommonWithoutDiacritics(word) ? WordTraits.CommonUnmarked : 0;
        traits |= !MayDependOnStyle(word) ? WordTraits.None : ToneMarkPlacement.Detect(word) switch
        {
            ToneMarkStyle.Old => WordTraits.OldToneStyle,
            ToneMarkStyle.New => WordTraits.NewToneStyle,
            _ => WordTraits.None,
        };
        return traits;
    }

    // Only a toned o/u next to a, e, y can differ between the styles; this skips nearly every word
    // before the syllable parser runs.
    private static bool MayDependOnStyle(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > VietnameseSyllable.MaxLength)
        {
            return false;
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (VietnameseLetters.TryDecompose(word[i], out var first, out var firstTone, out _)
                && first is 'o' or 'u'
                && VietnameseLetters.TryDecompose(word[i + 1], out var second, out var secondTone, out _)
                && second is 'a' or 'e' or 'y'
                && (firstTone != VietnameseTone.Ngang || secondTone != VietnameseTone.Ngang))
            {
                return true;
            }
        }

        return false;
    }

    // f, j, w, z and letters outside the Vietnamese alphabet (ñ, ü, Cyrillic) mark a foreign word.
    private static bool IsVietnameseAlphabet(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!VietnameseLetters.IsLetter(c) || c is 'f' or 'j' or 'w' or 'z' or 'F' or 'J' or 'W' or 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
