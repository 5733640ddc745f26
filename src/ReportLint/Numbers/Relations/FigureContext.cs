namespace ReportLint.Numbers.Relations;

/// <summary>
/// The words a figure is written among, inside its clause: those before it name what is counted
/// ("thời gian làm bài là 120 phút"), those after its unit say of what or where ("35.000 đồng/lượt/xe",
/// "6 cựu quan chức Catalonia"). Two statements of one figure share them even when the figure
/// itself was mistyped, which is how a restatement is found without trusting the value.
/// </summary>
internal sealed class FigureContext
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 4;
    private const int MaxSentenceReach = 300;

    private FigureContext(HashSet<string> before, string? nearest, HashSet<string> after, bool isChange, bool isOther, bool shiftsTime, HashSet<string> names)
    {
        Nearest = nearest;
        Names = names;
        Before = before;
        After = after;
        IsChange = isChange;
        IsOther = isOther;
        ShiftsTime = shiftsTime;
    }

    /// <summary>The content words of the clause before the figure (function words left out).</summary>
    public IReadOnlySet<string> Before { get; }

    /// <summary>The content word nearest before the figure: the one that says what is counted ("ký 35 hợp đồng", "thời gian làm bài 120 phút").</summary>
    public string? Nearest { get; }

    /// <summary>The content words after the figure's unit, up to the clause's end.</summary>
    public IReadOnlySet<string> After { get; }

    /// <summary>The figure is an amount or a level of a change ("tăng 12 hộ", "từ 320 hộ"), not a state.</summary>
    public bool IsChange { get; }

    /// <summary>The figure counts another group or each member ("4 cựu quan chức khác", "mỗi xã").</summary>
    public bool IsOther { get; }

    /// <summary>The clause places the figure at a moment of its own ("ban đầu", "nay", "kế hoạch").</summary>
    public bool ShiftsTime { get; }

    /// <summary>The names written in the figure's clause ("Đinh La Thăng"), a sentence's first word left out.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The context of a figure; <paramref name="sentenceStart"/> is where its sentence begins: a change or a moment named anywhere before it there counts.</summary>
    public static FigureContext Of(string text, NumberMention figure, RelationGrammar grammar, int sentenceStart)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var before = WordsOf(text, figure.Span.Start, -1, WordsBefore, sentenceStart, names);
        var after = WordsOf(text, figure.Span.End, +1, WordsAfter, sentenceStart, names);
        var isChange = before.Take(2).Any(w => grammar.Rises.Contains(w) || grammar.Falls.Contains(w) || grammar.ChangeLevels.Contains(w))
            || OpensWithLevelWord(text, figure, grammar);
        var unit = figure.Unit?.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FigureTokenizer.Normalize).ToList() ?? [];
        var isOther = Contains(before.Take(2).Reverse().ToList(), grammar.OtherMarkers) || Contains([.. unit, .. after.Take(2)], grammar.OtherMarkers);
        // Only the stretch of the sentence just before the figure is read, so that a sentence of any length costs each figure the same.
        var sentence = SentenceBefore(text, Math.Max(sentenceStart, figure.Span.Start - MaxSentenceReach), figure.Span.Start);
        var shiftsTime = Contains(sentence, grammar.TimeShifts) || sentence.Any(w => grammar.Rises.Contains(w) || grammar.Falls.Contains(w));
        var nearest = before.FirstOrDefault(w => !grammar.FunctionWords.Contains(w));
        return new FigureContext(Content(before, grammar), nearest, Content(after, grammar), isChange, isOther, shiftsTime, names);
    }

    /// <summary>Two statements are of different subjects when each names someone or somewhere and no name is shared.</summary>
    public bool NamesOther(FigureContext other) => Names.Count > 0 && other.Names.Count > 0 && !Names.Overlaps(other.Names);

    /// <summary>The figure's own first word makes it a level of a change ("từ 21,0", "còn 245 hộ").</summary>
    public static bool OpensWithLevelWord(string text, NumberMention figure, RelationGrammar grammar)
    {
        var start = figure.Span.Start;
        return start < text.Length && TextScanning.IsLetter(text[start])
            && grammar.ChangeLevels.Contains(FigureTokenizer.Normalize(text[start..TextScanning.WordEnd(text, start)]));
    }

    /// <summary>The words of the sentence up to a position, in reading order.</summary>
    private static List<string> SentenceBefore(string text, int sentenceStart, int position)
    {
        var words = new List<string>();
        var i = Math.Max(0, sentenceStart);
        while (i < position)
        {
            if (!TextScanning.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = Math.Min(TextScanning.WordEnd(text, i), position);
            words.Add(FigureTokenizer.Normalize(text[i..end]));
            i = end;
        }

        return words;
    }

    /// <summary>How many content words the two contexts share before and after their figures.</summary>
    public (int Before, int After) Shared(FigureContext other) => (Before.Count(other.Before.Contains), After.Count(other.After.Contains));

    /// <summary>
    /// The words from a position along one direction, nearest first, up to a mark, a figure, a
    /// conjunction ("và": the next item of a list is another subject) or the limit; capitalised
    /// words other than the sentence's first are gathered as names.
    /// </summary>
    private static List<string> WordsOf(string text, int from, int direction, int limit, int sentenceStart, HashSet<string> names)
    {
        var words = new List<string>(limit);
        var i = from;
        while (words.Count < limit)
        {
            int start, end;
            if (direction < 0)
            {
                end = TextScanning.SkipSpacesBackward(text, i);
                if (end == 0 || !TextScanning.IsLetter(text[end - 1]))
                {
                    break;
                }

                start = TextScanning.WordStart(text, end);
                i = start;
            }
            else
            {
                start = TextScanning.SkipSpaces(text, i);
                if (start >= text.Length || !TextScanning.IsLetter(text[start]))
                {
                    break;
                }

                end = TextScanning.WordEnd(text, start);
                i = end;
            }

            var word = FigureTokenizer.Normalize(text[start..end]);
            if (word is "và" or "hoặc")
            {
                break;
            }

            if (char.IsUpper(text[start]) && start > sentenceStart)
            {
                names.Add(word);
            }

            words.Add(word);
        }

        return words;
    }

    /// <summary>True when a word, or two words in reading order, is in the list ("còn lại", "ban đầu").</summary>
    private static bool Contains(List<string> inReadingOrder, IReadOnlySet<string> list)
    {
        for (var k = 0; k < inReadingOrder.Count; k++)
        {
            if (list.Contains(inReadingOrder[k]) || (k + 1 < inReadingOrder.Count && list.Contains(inReadingOrder[k] + " " + inReadingOrder[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Content(List<string> words, RelationGrammar grammar) =>
        words.Where(w => !grammar.FunctionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
