using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace ReportLint.Numbers.Relations;

/// <summary>
/// Finds where the rules of a <see cref="RelationGrammar"/> match a paragraph's tokens, by
/// backtracking over each pattern's few elements: the first binding found from each starting token is kept.
/// </summary>
internal sealed class RelationMatcher(IReadOnlyList<FigureToken> tokens, IReadOnlySet<string> namePrefixes)
{
    private const int MaxLabelWords = 8;
    private const int MaxTrailingWords = 10;
    private const int MaxListed = 30;
    private const int MaxListItems = 30;
    private const int MaxLabelAfterSemicolon = 2;
    private const int MaxNamePrefix = 2;
    private const int MaxNameWords = 6;

    // A list of phrases longer than this is prose with a colon in it, not one enumeration.
    private const int MaxPhraseListTokens = 80;
    // The one-word numbers a listed count is written with ("bốn ngân hàng"); "năm" is left out: it is far more often "year".
    private static readonly FrozenSet<string> SmallNumberWords =
        new[] { "hai", "ba", "bốn", "tư", "sáu", "bảy", "tám", "chín", "mười" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[][] ListSeparators = [[","], [";"], ["và"], [",", "và"], ["cùng"], ["cùng", "với"], ["với"], [",", "với"]];

    // One binding table reused for every attempt; a match gets its own copy.
    private readonly Dictionary<string, IReadOnlyList<BoundFigure>> _roles = new(StringComparer.Ordinal);

    // Each distinct word and mark of the paragraph gets a number, once for all the rules: a rule then
    // looks up its few anchor words and compares numbers, instead of hashing every token for every rule.
    private Dictionary<string, int>? _wordIds;
    private int[] _tokenIds = [];  // from 1; 0 for figures and sentence ends

    // The candidates of list, name and phrase slots by slot (see RunCandidates) and start token.
    private readonly Dictionary<int, (int, IReadOnlyList<BoundFigure>?)[]> _runs = [];

    public IEnumerable<PatternMatch> Matches(RelationRule rule)
    {
        var wordIds = _wordIds ??= NumberWords();
        foreach (var choice in rule.Required)
        {
            if (IdsOf(choice, wordIds).Length == 0)
            {
                yield break;
            }
        }

        // A match holds its first required word within a few dozen tokens of its start: starts further
        // from every occurrence of that word are not tried (most paragraphs hold few of them).
        var anchorIds = rule.Required.Count > 0 ? IdsOf(rule.Required[0], wordIds) : null;
        var nextAnchor = -1;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (anchorIds is not null)
            {
                if (nextAnchor < start)
                {
                    nextAnchor = NextAnchor(anchorIds, start);
                    if (nextAnchor == tokens.Count)
                    {
                        yield break;
                    }
                }

                if (nextAnchor - start > rule.Lead)
                {
                    // Nothing can start before the window of the next anchor.
                    start = nextAnchor - rule.Lead - 1;
                    continue;
                }
            }

            if (!CanStart(rule.Elements[0], tokens[start]))
            {
                continue;
            }

            _roles.Clear();
            var end = Match(rule.Elements, 0, start, _roles);
            if (end >= 0)
            {
                yield return new PatternMatch(rule, new Dictionary<string, IReadOnlyList<BoundFigure>>(_roles), tokens[start].Start, tokens[end - 1].End);
            }
        }
    }

    private Dictionary<string, int> NumberWords()
    {
        var wordIds = new Dictionary<string, int>(tokens.Count, StringComparer.Ordinal);
        _tokenIds = new int[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind is FigureTokenKind.Word or FigureTokenKind.Mark)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(wordIds, tokens[k].Text, out var known);
                if (!known)
                {
                    id = wordIds.Count;
                }

                _tokenIds[k] = id;
            }
        }

        return wordIds;
    }

    /// <summary>The numbers of the paragraph's words a choice can begin with; empty when it holds none.</summary>
    private static int[] IdsOf(WordChoice choice, Dictionary<string, int> wordIds)
    {
        var count = 0;
        foreach (var word in choice.FirstWords)
        {
            count += wordIds.ContainsKey(word) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var ids = new int[count];
        count = 0;
        foreach (var word in choice.FirstWords)
        {
            if (wordIds.TryGetValue(word, out var id))
            {
                ids[count++] = id;
            }
        }

        return ids;
    }

    /// <summary>The first token from <paramref name="from"/> on that is one of the anchor words, or the token count.</summary>
    private int NextAnchor(int[] anchorIds, int from)
    {
        var k = from;
        while (k < tokens.Count && Array.IndexOf(anchorIds, _tokenIds[k]) < 0)
        {
            k++;
        }

        return k;
    }

    /// <summary>A cheap test of the first element, so that most tokens are never tried as a start.</summary>
    private static bool CanStart(PatternElement first, FigureToken token) => first switch
    {
        _ when first.Optional => true,
        FigureSlot { Kind: FigureSlotKind.Small } => token.Kind == FigureTokenKind.Figure || (token.Kind == FigureTokenKind.Word && SmallNumberWords.Contains(token.Text)),
        FigureSlot => token.Kind == FigureTokenKind.Figure,
        WordChoice choice => choice.FirstWords.Contains(token.Text),
        _ => true,
    };

    /// <summary>Matches elements from <paramref name="element"/> on at token <paramref name="at"/>; the token after the match, or -1.</summary>
    private int Match(IReadOnlyList<PatternElement> elements, int element, int at, Dictionary<string, IReadOnlyList<BoundFigure>> roles)
    {
        if (element == elements.Count)
        {
            return at;
        }

        var pattern = elements[element];
        foreach (var (next, bound) in Candidates(pattern, at))
        {
            if (bound is not null && pattern is FigureSlot slot)
            {
                roles[slot.Role] = bound;
            }

            var end = Match(elements, element + 1, next, roles);
            if (end >= 0)
            {
                return end;
            }

            if (pattern is FigureSlot unbound)
            {
                roles.Remove(unbound.Role);
            }
        }

        return pattern.Optional ? Match(elements, element + 1, at, roles) : -1;
    }

    private IEnumerable<(int Next, IReadOnlyList<BoundFigure>? Bound)> Candidates(PatternElement pattern, int at) => pattern switch
    {
        FigureSlot { Kind: FigureSlotKind.Names or FigureSlotKind.Phrases } slot => RunCandidates(slot, at),
        FigureSlot { Kind: FigureSlotKind.Small } => SmallCount(at) is { } count ? [(at + 1, [count])] : [],
        FigureSlot { IsList: true } slot => RunCandidates(slot, at),
        FigureSlot slot => at < tokens.Count && Accepts(slot, tokens[at]) ? [(at + 1, [new BoundFigure(tokens[at].Mention!, "")])] : [],
        WordChoice choice => ChoiceCandidates(choice, at),
        SentenceBreak => at < tokens.Count && tokens[at].Kind == FigureTokenKind.SentenceEnd ? [(at + 1, null)] : [],
        WordGap gap => GapCandidates(gap, at),
        _ => [],
    };

    /// <summary>
    /// The lists, names and phrases that start at a token, read once per paragraph: every rule with
    /// such a slot tries it at the same tokens, and reading a list walks all of its items.
    /// </summary>
    private (int, IReadOnlyList<BoundFigure>?)[] RunCandidates(FigureSlot slot, int at)
    {
        // A list's figures depend on the slot only through what Accepts reads: its kind and whether it takes rates.
        var takesRates = slot.Kind is not (FigureSlotKind.Names or FigureSlotKind.Phrases) && TakesRates(slot);
        var key = (at << 5) | ((int)slot.Kind << 1) | (takesRates ? 1 : 0);
        if (!_runs.TryGetValue(key, out var candidates))
        {
            candidates = slot.Kind switch
            {
                FigureSlotKind.Names => NameCandidates(at),
                FigureSlotKind.Phrases => PhraseCandidates(at),
                _ => ListCandidates(slot, at),
            };
            _runs[key] = candidates;
        }

        return candidates;
    }

    /// <summary>The alternatives that match at <paramref name="at"/>, longest first (the parser sorted them).</summary>
    /// <remarks>Most tokens begin no alternative: they are turned away before an enumerator is made for them.</remarks>
    private IEnumerable<(int, IReadOnlyList<BoundFigure>?)> ChoiceCandidates(WordChoice choice, int at) =>
        at < tokens.Count && choice.FirstWords.Contains(tokens[at].Text) ? AlternativesAt(choice, at) : [];

    private IEnumerable<(int, IReadOnlyList<BoundFigure>?)> AlternativesAt(WordChoice choice, int at)
    {
        foreach (var alternative in choice.Alternatives)
        {
            if (WordsAt(alternative, at))
            {
                yield return (at + alternative.Count, null);
            }
        }
    }

    /// <summary>
    /// Gaps of growing length. A gap may step over a bracket it opens ("65 tổ chức (TCCSĐ) trực thuộc …, gồm")
    /// but not out of one: "(32,6 tỷ đồng), trong đó …" speaks of the figure outside the brackets.
    /// </summary>
    private IEnumerable<(int, IReadOnlyList<BoundFigure>?)> GapCandidates(WordGap gap, int at)
    {
        var open = 0;
        for (var skipped = 0; skipped <= gap.MaxWords && at + skipped <= tokens.Count; skipped++)
        {
            yield return (at + skipped, null);
            if (at + skipped == tokens.Count)
            {
                yield break;
            }

            var token = tokens[at + skipped];
            open += token.Text switch { "(" => 1, ")" => -1, _ => 0 };
            if (open < 0 || !Skippable(token) || (gap.Tight && !TightlySkippable(token)))
            {
                yield break;
            }
        }
    }

    private static bool TightlySkippable(FigureToken token) => token.Kind != FigureTokenKind.Mark && token.Text != "và";

    private static bool Skippable(FigureToken token) => token.Kind switch
    {
        FigureTokenKind.Word => true,
        FigureTokenKind.Mark => token.Text is not ";",
        FigureTokenKind.Figure => !token.Mention!.IsQuantity,
        _ => false,
    };

    /// <summary>Lists of figures from <paramref name="at"/>, longest first, each ending after its last figure or after the words that follow it.</summary>
    private (int, IReadOnlyList<BoundFigure>?)[] ListCandidates(FigureSlot slot, int at)
    {
        var items = new List<BoundFigure>();
        var ends = new List<(int AfterFigure, int AfterWords)>();
        var i = at;
        while (true)
        {
            var labelStart = i;
            while (i < tokens.Count && i - labelStart < MaxLabelWords && IsLabelPart(tokens[i]))
            {
                i++;
            }

            if (i == at)
            {
                // A list that starts at its first figure ("nam 20, nữ 22" matched from 20) keeps the words before it as its label.
                while (labelStart > 0 && at - labelStart < MaxLabelWords && tokens[labelStart - 1].Kind == FigureTokenKind.Word)
                {
                    labelStart--;
                }
            }

            if (i < tokens.Count && tokens[i] is { Kind: FigureTokenKind.Mark, Text: ":" })
            {
                i++;
            }

            if (i >= tokens.Count || !Accepts(slot, tokens[i]))
            {
                break;
            }

            items.Add(new BoundFigure(tokens[i].Mention!, Label(labelStart, i)));
            if (items.Count == MaxListItems)
            {
                // Real listings are short; a longer run of figures is read as its first items, and stays linear.
                ends.Add((i + 1, i + 1));
                break;
            }

            var afterFigure = ++i;
            while (i < tokens.Count && i - afterFigure < MaxTrailingWords && tokens[i].Kind == FigureTokenKind.Word && !IsSeparatorAt(i))
            {
                i++;
            }

            ends.Add((afterFigure, i));
            var separator = ListSeparators.Where(s => WordsAt(s, i)).MaxBy(s => s.Length);
            if (separator is null || (separator[0] == ";" && LabelLength(i + separator.Length) > MaxLabelAfterSemicolon))
            {
                // "…; Vùng Tây Nguyên quy hoạch có 9 trung tâm": after a semicolon a long lead starts another statement.
                break;
            }

            i += separator.Length;
        }

        // The shorter lists are the first items of the longest: views of one array, not copies.
        var all = items.ToArray();
        var candidates = new List<(int, IReadOnlyList<BoundFigure>?)>(2 * all.Length);
        for (var count = all.Length; count >= 1; count--)
        {
            IReadOnlyList<BoundFigure> list = new ArraySegment<BoundFigure>(all, 0, count);
            candidates.Add((ends[count - 1].AfterWords, list));
            if (ends[count - 1].AfterWords != ends[count - 1].AfterFigure)
            {
                candidates.Add((ends[count - 1].AfterFigure, list));
            }
        }

        return [.. candidates];
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> joined by spaces; most labels are one word or none, which need no new string.</summary>
    private string Label(int start, int end)
    {
        string? single = null;
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == FigureTokenKind.Word)
            {
                single ??= tokens[k].Text;
                words++;
            }
        }

        if (words <= 1)
        {
            return single ?? "";
        }

        var joined = new string[words];
        words = 0;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == FigureTokenKind.Word)
            {
                joined[words++] = tokens[k].Text;
            }
        }

        return string.Join(' ', joined);
    }

    /// <summary>A whole count from 2 to 30, as a figure or as a number word (hai … ba mươi), that can announce a list.</summary>
    private BoundFigure? SmallCount(int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        var token = tokens[at];
        if (token is { Kind: FigureTokenKind.Figure, Mention: { Kind: NumberKind.Count, Exactness: Exactness.Exact, RangeEnd: null, Unit: not null } mention }
            && mention.Number.Decimals == 0 && mention.Number.Value is >= 2 and <= MaxListed)
        {
            return new BoundFigure(mention, "");
        }

        // "Nguyễn Đức Sáu": a number word with a capital inside a sentence is a name.
        var named = token.Capitalized && at > 0 && tokens[at - 1].Kind != FigureTokenKind.SentenceEnd;
        if (token.Kind == FigureTokenKind.Word && !named && SmallNumberWords.Contains(token.Text) && VietnameseNumberWords.TryParse(token.Text, out var value))
        {
            var span = new Microsoft.CodeAnalysis.Text.TextSpan(token.Start, token.End - token.Start);
            var number = new WrittenNumber(span, token.Text, value, 0, NumberNotation.Words);
            return new BoundFigure(new NumberMention { Span = span, Kind = NumberKind.Count, Number = number }, "");
        }

        return null;
    }

    /// <summary>
    /// Names joined by ",", ";" and a last "và": each is a run of capitalised words (after an honorific
    /// such as "ông" or "tỉnh"), perhaps followed by a bracket ("(SN 1990)"). Bound as one figure per
    /// name, so the relation counts them. A list that goes on ("… và SHB cùng các ngân hàng khác") is not closed.
    /// </summary>
    private (int, IReadOnlyList<BoundFigure>?)[] NameCandidates(int at)
    {
        var names = new List<BoundFigure>();
        var i = at;
        var closed = false;
        while (i < tokens.Count)
        {
            var start = i;
            while (i < tokens.Count && tokens[i].Kind == FigureTokenKind.Word && !tokens[i].Capitalized && i - start < MaxNamePrefix && namePrefixes.Contains(tokens[i].Text))
            {
                i++;
            }

            var nameStart = i;
            while (i < tokens.Count && i - nameStart < MaxNameWords && IsNamePart(tokens[i]))
            {
                i++;
            }

            if (i == nameStart)
            {
                return [];
            }

            if (names.Count == MaxListed)
            {
                return [];
            }

            var span = new Microsoft.CodeAnalysis.Text.TextSpan(tokens[start].Start, tokens[i - 1].End - tokens[start].Start);
            names.Add(new BoundFigure(new NumberMention { Span = span, Kind = NumberKind.Code, Number = new WrittenNumber(span, "", 1, 0, NumberNotation.Words) }, ""));
            i = AfterBracket(i);
            if (closed)
            {
                break;
            }

            if (WordsAt(["và"], i) || WordsAt([",", "và"], i))
            {
                closed = true;
                i += tokens[i].Text == "," ? 2 : 1;
            }
            else if (i < tokens.Count && tokens[i].Text is "," or ";")
            {
                i++;
            }
            else
            {
                // After a colon, a list of names that ends its sentence is complete without "và" ("5 trường hợp: A, B; C, D, E.").
                var introduced = at > 0 && tokens[at - 1].Text == ":";
                closed = introduced && (i >= tokens.Count || tokens[i].Kind == FigureTokenKind.SentenceEnd);
                break;
            }
        }

        return closed && names.Count >= 2 && !GoesOn(i) ? [(i, names)] : [];
    }

    /// <summary>
    /// Phrases listed after a colon up to the end of the sentence: split at semicolons when the list
    /// has any (items then hold commas: "thời tiết nắng nóng, kéo dài; số ngày sử dụng tăng"), otherwise
    /// at commas and the last "và". Each phrase is bound as one figure, so the relation counts them. A list
    /// that goes on ("…", "v.v.", "như") or runs too long to be one list is not read.
    /// </summary>
    private (int, IReadOnlyList<BoundFigure>?)[] PhraseCandidates(int at)
    {
        // "16 nhóm cơ sở như: …" gives examples, not the whole list.
        if (at == 0 || tokens[at - 1].Text != ":" || (at > 1 && tokens[at - 2].Text is "như" or "chẳng hạn"))
        {
            return [];
        }

        var end = at;
        var semicolons = false;
        while (end < tokens.Count && tokens[end].Kind != FigureTokenKind.SentenceEnd && tokens[end].Text is not ("…" or "(" or ")"))
        {
            semicolons |= tokens[end].Text == ";";
            if (++end - at > MaxPhraseListTokens)
            {
                return [];
            }
        }

        if (end < tokens.Count && tokens[end].Kind != FigureTokenKind.SentenceEnd || GoesOn(end))
        {
            return [];
        }

        var bounds = new List<(int Start, int End)>();
        var start = at;
        for (var i = at; i <= end; i++)
        {
            var separator = i == end || tokens[i].Text == (semicolons ? ";" : ",");
            if (separator)
            {
                bounds.Add((start, i));
                start = i + 1;
            }
        }

        // The last item is joined by "và" ("…, người đi làm ăn xa và mại dâm"), unless it opens with it ("; và …").
        var (lastStart, lastEnd) = bounds[^1];
        var and = Enumerable.Range(lastStart + 1, Math.Max(0, lastEnd - lastStart - 1)).LastOrDefault(i => tokens[i].Text == "và", -1);
        if (!semicolons && and > 0)
        {
            bounds[^1] = (lastStart, and);
            bounds.Add((and + 1, lastEnd));
        }

        // Names are listed by {names}: capitalised items here are names with their particulars between
        // commas ("Phạm Văn Dũng, SN 1972, trú …"), and items opening with a figure are parts of a sum.
        bounds = [.. bounds.Select(b => b.Start < b.End && tokens[b.Start].Text == "và" ? (b.Start + 1, b.End) : b)];
        if (bounds.Count < 2 || bounds.Count > MaxListed
            || bounds.Any(b => b.End <= b.Start || tokens[b.Start].Kind != FigureTokenKind.Word || tokens[b.Start].Capitalized))
        {
            return [];
        }

        var phrases = bounds.Select(b =>
        {
            var span = new Microsoft.CodeAnalysis.Text.TextSpan(tokens[b.Start].Start, tokens[b.End - 1].End - tokens[b.Start].Start);
            return new BoundFigure(new NumberMention { Span = span, Kind = NumberKind.Code, Number = new WrittenNumber(span, "", 1, 0, NumberNotation.Words) }, "");
        }).ToList();
        return [(end, phrases)];
    }

    /// <summary>"… và SHB cùng các ngân hàng khác", "…, v.v.": the list is open (but "A và B cùng trú tại" is not).</summary>
    private bool GoesOn(int i) =>
        i < tokens.Count && (tokens[i].Text is "…" or "v"
            || ((tokens[i].Text is "cùng" or "với" || WordsAt([",", "cùng"], i)) && i + 2 < tokens.Count
                && tokens[tokens[i].Text == "," ? i + 2 : i + 1].Text is "các" or "những" or "nhiều" or "một" or "với"));

    /// <summary>A part's label may hold a name with a dash or a number in it ("tuyến Hoà Lạc - Hoà Bình", "Quốc lộ 6").</summary>
    private static bool IsLabelPart(FigureToken token) =>
        token.Kind == FigureTokenKind.Word || (token.Kind == FigureTokenKind.Mark && token.Text is "-" or "–")
        || (token.Kind == FigureTokenKind.Figure && token.Mention!.Kind is NumberKind.Code or NumberKind.Ordinal);

    private static bool IsNamePart(FigureToken token) =>
        (token.Kind == FigureTokenKind.Word && token.Capitalized) || (token.Kind == FigureTokenKind.Figure && !token.Mention!.IsQuantity);

    private int AfterBracket(int i)
    {
        if (i >= tokens.Count || tokens[i].Text != "(")
        {
            return i;
        }

        // Another opener before the closer: this bracket was left open ("Lin Sheng Hsiun (SN 1976;
        // Lin Kun Jund (SN 1978)"), and the names after it are not inside it.
        var close = i + 1;
        while (close < tokens.Count && close - i <= MaxNameWords * 2 && tokens[close].Text is not (")" or "(") && tokens[close].Kind != FigureTokenKind.SentenceEnd)
        {
            close++;
        }

        return close < tokens.Count && tokens[close].Text == ")" ? close + 1 : i;
    }

    private int LabelLength(int at)
    {
        var i = at;
        while (i < tokens.Count && tokens[i].Kind == FigureTokenKind.Word)
        {
            i++;
        }

        return i - at;
    }

    private bool IsSeparatorAt(int i) => tokens[i].Text is "và" or "cùng" or "với";

    private bool WordsAt(IReadOnlyList<string> words, int at)
    {
        if (at + words.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Count; k++)
        {
            var token = tokens[at + k];
            if (token.Kind is not (FigureTokenKind.Word or FigureTokenKind.Mark) || !string.Equals(token.Text, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A price is a rate ("20.143 đồng/lít") that does not add up with others but changes like any level:
    /// the levels and the amount of a change may be rates.
    /// </summary>
    private static bool Accepts(FigureSlot slot, FigureToken token) =>
        token.Kind == FigureTokenKind.Figure && token.Mention is { } mention
        && (mention.IsQuantity || (mention.Kind == NumberKind.Rate && TakesRates(slot))) && slot.Kind switch
        {
            FigureSlotKind.Number => mention.Kind is NumberKind.Count or NumberKind.Money,
            FigureSlotKind.Count => mention.Kind == NumberKind.Count,
            FigureSlotKind.Money => mention.Kind == NumberKind.Money,
            FigureSlotKind.Percent => mention.Kind == NumberKind.Percentage,
            FigureSlotKind.Fraction => mention.Kind == NumberKind.Fraction,
            _ => true,
        };

    private static bool TakesRates(FigureSlot slot) => slot.Role is "before" or "after" or "diff";
}
