using System.Collections.Frozen;
using System.Collections.Immutable;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>A run of consecutive words of a block, by index into its word list.</summary>
internal readonly record struct TermWindow(int Start, int Count);

/// <summary>
/// Compares the words of one block with dictionary terms around an anchor: a word of the block
/// that is, exactly, one of the term's words. Windows never cross punctuation other than dashes.
/// <paramref name="publications"/> are the lower-case words that put a publication's title after
/// them (báo, tạp chí): the title keeps its own capitals. <paramref name="sources"/> are those after
/// which a name with every word capitalised is a cited source's title (Theo Công An Nhân Dân).
/// </summary>
internal sealed class TermMatcher(BlockText text, int[] words, TermDictionary dictionary, FrozenSet<string> publications, FrozenSet<string> sources)
{
    private bool[]? _breaks;

    private enum WordMatch
    {
        Same,
        CaseDiffers,
        NearMiss,
        Differs,
    }

    /// <summary>The end (word index) of the longest correctly written term through the anchor, or 0.</summary>
    public int LongestExactMatchEnd(ImmutableArray<(Term Term, int Position)> candidates, int anchor, int consumed)
    {
        var end = 0;
        foreach (var (term, position) in candidates)
        {
            var window = new TermWindow(anchor - position, term.Words.Length);
            if (window.Start >= consumed && window.Start + window.Count <= words.Length && IsExactly(window, term) && IsWindow(window, consumed))
            {
                end = Math.Max(end, window.Start + window.Count);
            }
        }

        return end;
    }

    /// <summary>A window through the anchor that misspells the term, or null.</summary>
    public TermWindow? FindMisspelling(Term term, int position, int anchor, int consumed)
    {
        var n = term.Words.Length;

        // One word more first: in "Bí thí thư" the stray "thí" also looks like a near miss of "thư".
        foreach (var count in (ReadOnlySpan<int>)[n + 1, n, n - 1])
        {
            // As many words as the term can only misspell it in place; one more or one fewer may shift.
            var firstStart = count == n ? anchor - position : anchor - position - 1;
            var lastStart = count == n ? anchor - position : anchor - position + 1;
            for (var start = firstStart; start <= lastStart; start++)
            {
                var window = new TermWindow(start, count);

                // The words are compared before the punctuation between them is looked at: few windows get that far.
                if (count >= 1 && anchor >= start && anchor < start + count && start >= consumed && start + count <= words.Length
                    && StartsLike(term, window) && Misspells(window, term) && IsWindow(window, consumed) && !IsInCapitals(window)
                    && !ReadsAnotherWay(window, term))
                {
                    return window;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The words read as something other than the term: the window continues a longer name, a place
    /// whose name runs into a near miss (<c>Trung Quốc hồi</c>: trung quốc is a word; a pair alone
    /// is too weak to excuse capitals, <c>Theo Phó thủ tướng</c>) or a person after a family or middle
    /// name (<c>Vũ Quốc Hội</c>), a word at its edge that is not the term's makes a
    /// word with its neighbour (<c>Chính phụ trách</c>: phụ trách), a near miss that is a syllable
    /// opens the sentence, where its capital says nothing (<c>Bị Công an triệu tập</c>: bị + Công an;
    /// <c>Bd Công an</c> is no syllable, and <c>TP. Hỗ Chí Minh</c> no sentence's start), or the capitals
    /// are a publication's own (<c>báo Tổ Quốc</c>, <c>Theo Công An Nhân Dân</c>).
    /// </summary>
    private bool ReadsAnotherWay(TermWindow window, Term term)
    {
        var first = window.Start;
        var last = window.Start + window.Count - 1;
        var lexicon = VietnameseLexicon.Shared;
        var firstIsTerms = IsSameIgnoringCase(first, term.Words[0]);
        if (first > 0 && OnlySpacesBetween(first - 1))
        {
            var before = Word(first - 1);
            var joined = lexicon.IsWord(before, Word(first));
            if ((WordShape.StartsUpper(Word(first)) && IsCapitalisedWord(before) && (IsNameSyllable(before) || (joined && !DiffersOnlyInCase(window, term))) && !OpensSentence(first - 1))
                || (joined && !firstIsTerms))
            {
                return true;
            }
        }

        if (last + 1 < words.Length && OnlySpacesBetween(last) && !IsSameIgnoringCase(last, term.Words[^1])
            && lexicon.IsWord(Word(last), Word(last + 1)))
        {
            return true;
        }

        return (term.IsProperName && !firstIsTerms && OpensSentence(first) && VietnameseSyllable.IsValid(Word(first)))
            || (DiffersOnlyInCase(window, term)
                && (Follows(publications, first) || (IsTitleCased(window, term) && Follows(sources, first))));
    }

    private bool DiffersOnlyInCase(TermWindow window, Term term)
    {
        if (window.Count != term.Words.Length)
        {
            return false;
        }

        for (var k = 0; k < window.Count; k++)
        {
            if (!IsSameIgnoringCase(window.Start + k, term.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every word capitalised, two or more of them against the term (Công An Nhân Dân): a title's
    /// style. One capital too many is a slip (Theo Bộ Công An).
    /// </summary>
    private bool IsTitleCased(TermWindow window, Term term)
    {
        var raised = 0;
        for (var k = 0; k < window.Count; k++)
        {
            if (!WordShape.StartsUpper(Word(window.Start + k)))
            {
                return false;
            }

            raised += char.IsUpper(term.Words[k][0]) ? 0 : 1;
        }

        return raised >= 2;
    }

    /// <summary>One to three words before the word, separated by spaces only, are one of <paramref name="lead"/> (báo, tạp chí, báo điện tử).</summary>
    private bool Follows(FrozenSet<string> lead, int wordIndex)
    {
        var before = "";
        for (var k = wordIndex - 1; k >= 0 && k >= wordIndex - 3 && OnlySpacesBetween(k); k--)
        {
            var word = Word(k).ToString().ToLowerInvariant();
            before = before.Length == 0 ? word : word + " " + before;
            if (lead.Contains(before))
            {
                return true;
            }
        }

        return false;
    }

    // A capital then lower-case letters (Trung, Vũ, Thị): a word of a name; an acronym (BCH) or a
    // brand (VnEconomy) is not.
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (!WordShape.StartsUpper(word))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameSyllable(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[WordShape.MaxLookupLength];
        return WordShape.TryLower(word, lower, out var folded) && LexiconWordList.NameSyllables.Contains(folded);
    }

    /// <summary>Nothing but spaces separates the word from the next: a dash may be a separator (Nguyễn Văn A – Bí thư).</summary>
    private bool OnlySpacesBetween(int wordIndex)
    {
        var end = text.Tokens[words[wordIndex]].End;
        return text.Text.AsSpan(end, text.Tokens[words[wordIndex + 1]].Start - end).IsWhiteSpace();
    }

    /// <summary>The first word of a sentence is capitalised whatever it is: its capital says nothing of a name.</summary>
    private bool OpensSentence(int wordIndex)
    {
        for (var t = words[wordIndex] - 1; t >= 0; t--)
        {
            var token = text.Tokens[t];
            var mark = text.TextOf(token);
            if (token.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            // Opening quotes, brackets and a list's dash stand before the sentence's first word.
            // The full stop of an abbreviation in capitals (TP. Hồ Chí Minh) ends no sentence.
            if (mark[0] is not ('“' or '"' or '‘' or '\'' or '(' or '[' or '-' or '–' or '—'))
            {
                return mark[0] is '!' or '?' or '…' or ':'
                    || (mark[0] == '.' && !(t > 0 && text.Tokens[t - 1].Kind == TokenKind.Word && text.Tokens[t - 1].End == token.Start
                        && WordShape.IsAllUpper(text.TextOf(text.Tokens[t - 1]))));
            }
        }

        return true;
    }

    private bool Misspells(TermWindow window, Term term) => window.Count == term.Words.Length
        ? IsMisspelledInPlace(window, term)
        : HasSameLetters(window, term.Key) || (window.Count == term.Words.Length + 1 && HasStraySyllable(window, term));

    private bool IsExactly(TermWindow window, Term term)
    {
        for (var k = 0; k < window.Count; k++)
        {
            if (!IsSame(window.Start + k, term.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    // What Compare calls Same, without its edit distance: most anchors are correct terms.
    private bool IsSame(int wordIndex, string intended) =>
        IsSameIgnoringCase(wordIndex, intended) && char.IsUpper(Word(wordIndex)[0]) == char.IsUpper(intended[0]);

    // What Compare calls Same or CaseDiffers. Only a word of the same length can be the same
    // syllable in the other tone-mark style, two substitutions apart.
    private bool IsSameIgnoringCase(int wordIndex, string intended)
    {
        var written = Word(wordIndex);
        return written.Equals(intended, StringComparison.OrdinalIgnoreCase) || SyllableDistance.SameUpToToneStyle(written, intended);
    }

    /// <summary>Same number of words: one near miss (<c>Tung ương</c>), or capitals missing inside a proper name.</summary>
    private bool IsMisspelledInPlace(TermWindow window, Term term)
    {
        // Cheap first: a misspelling keeps all but at most two words (a typo and a tone-style variant).
        var different = 0;
        for (var k = 0; k < window.Count && different <= 2; k++)
        {
            different += Word(window.Start + k).Equals(term.Words[k], StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        }

        if (different > 2)
        {
            return false;
        }

        int nearMisses = 0, caseDiffers = 0;
        for (var k = 0; k < window.Count; k++)
        {
            switch (Compare(window.Start + k, term.Words[k]))
            {
                case WordMatch.Differs:
                    return false;
                case WordMatch.NearMiss:
                    nearMisses++;
                    break;
                case WordMatch.CaseDiffers when k > 0 || term.IsProperName:
                    caseDiffers++;
                    break;
                default:
                    break;
            }
        }

        // The near miss must not be the correct spelling of another term (Bộ Công an, Bộ Công Thương).
        return nearMisses == 1 ? !IsAnotherTerm(window) : nearMisses == 0 && caseDiffers > 0;
    }

    /// <summary><c>Bí thí thư</c>: an extra interior word, a slip of one of its neighbours.</summary>
    private bool HasStraySyllable(TermWindow window, Term term)
    {
        // The stray word is never the first or the last.
        if (!IsSameIgnoringCase(window.Start, term.Words[0]) || !IsSameIgnoringCase(window.Start + window.Count - 1, term.Words[^1]))
        {
            return false;
        }

        for (var stray = 1; stray < window.Count - 1; stray++)
        {
            var rest = true;
            for (var k = 0; k < term.Words.Length && rest; k++)
            {
                var at = window.Start + (k < stray ? k : k + 1);
                rest = IsSameIgnoringCase(at, term.Words[k]);
            }

            var word = Word(window.Start + stray);
            if (rest && (IsSlipOf(word, Word(window.Start + stray - 1)) || IsSlipOf(word, Word(window.Start + stray + 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Mác-Lê nin</c> for <c>Mác - Lênin</c>: the same letters in a different number of words.</summary>
    private bool HasSameLetters(TermWindow window, string key)
    {
        var letters = 0;
        for (var k = 0; k < window.Count; k++)
        {
            letters += Word(window.Start + k).Length;
        }

        Span<char> buffer = stackalloc char[key.Length];
        return letters == key.Length && TryLowerLetters(window, buffer, out var length) && buffer[..length].SequenceEqual(key);
    }

    private bool IsAnotherTerm(TermWindow window)
    {
        Span<char> buffer = stackalloc char[WordShape.MaxLookupLength * 2];
        return TryLowerLetters(window, buffer, out var length) && dictionary.HasKey(buffer[..length]);
    }

    /// <summary>The window's letters, lower case, without spaces or dashes; false when they do not fit.</summary>
    private bool TryLowerLetters(TermWindow window, Span<char> buffer, out int length)
    {
        length = 0;
        for (var k = 0; k < window.Count; k++)
        {
            var word = Word(window.Start + k);
            if (length + word.Length > buffer.Length)
            {
                return false;
            }

            length += CaseFolding.ToLower(word, buffer[length..]);
        }

        return true;
    }

    /// <summary>
    /// A proper name counts only when its first letter is a capital: <c>cấp trung ương</c> and
    /// <c>ủy ban nhân dân các cấp</c> are generic uses, not misspelt names.
    /// </summary>
    private bool StartsLike(Term term, TermWindow window) => !term.IsProperName || WordShape.StartsUpper(Word(window.Start));

    private bool IsWindow(TermWindow window, int consumed)
    {
        if (window.Start < consumed || window.Start + window.Count > words.Length)
        {
            return false;
        }

        var breaks = _breaks ??= Breaks();
        for (var k = window.Start; k + 1 < window.Start + window.Count; k++)
        {
            if (breaks[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each word, whether something other than spaces and dashes separates it from the next.</summary>
    private bool[] Breaks()
    {
        var breaks = new bool[words.Length];
        for (var k = 0; k + 1 < words.Length; k++)
        {
            var gap = text.Text.AsSpan(text.Tokens[words[k]].End, text.Tokens[words[k + 1]].Start - text.Tokens[words[k]].End);
            foreach (var c in gap)
            {
                breaks[k] |= !char.IsWhiteSpace(c) && c is not ('-' or '–' or '—');
            }
        }

        return breaks;
    }

    // A headline set in capitals says nothing about how the name is capitalised.
    private bool IsInCapitals(TermWindow window)
    {
        for (var k = window.Start; k < window.Start + window.Count; k++)
        {
            foreach (var c in Word(k))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsSlipOf(ReadOnlySpan<char> written, ReadOnlySpan<char> intended) =>
        SyllableDistance.IsNearMiss(SyllableDistance.Between(written, intended), intended);

    private WordMatch Compare(int wordIndex, string intended)
    {
        var written = Word(wordIndex);
        if (written.SequenceEqual(intended))
        {
            return WordMatch.Same;
        }

        if (written.Equals(intended, StringComparison.OrdinalIgnoreCase))
        {
            return char.IsUpper(written[0]) == char.IsUpper(intended[0]) ? WordMatch.Same : WordMatch.CaseDiffers;
        }

        // A word with a digit (T2) is a code, never a slip of a term's word.
        if (Math.Abs(written.Length - intended.Length) > 2 || WordShape.HasDigit(written))
        {
            return WordMatch.Differs;
        }

        // Moving a tone mark (uỷ, ủy) is two substitutions: the only distance worth parsing the syllable for.
        var distance = SyllableDistance.Between(written, intended);
        if (distance == 2 && SyllableDistance.SameUpToToneStyle(written, intended))
        {
            return char.IsUpper(written[0]) == char.IsUpper(intended[0]) ? WordMatch.Same : WordMatch.CaseDiffers;
        }

        // A slip in a word written in the other placement (Tomà for Tòa) is one edit from that spelling.
        if (distance > 1)
        {
            distance = Math.Min(distance, SyllableDistance.Between(written, ToneMarkPlacement.InOtherStyle(intended)));
        }

        // A capital where the term has none is another name (Trung Lương is not Trung ương).
        return SyllableDistance.IsNearMiss(distance, intended) && char.IsUpper(written[0]) == char.IsUpper(intended[0])
            ? WordMatch.NearMiss
            : WordMatch.Differs;
    }

    private ReadOnlySpan<char> Word(int wordIndex) => text.TextOf(text.Tokens[words[wordIndex]]);
}
