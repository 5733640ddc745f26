namespace ReportLint.Numbers.Relations;

/// <summary>A figure and the figures stated before it that may be the same one.</summary>
/// <remarks>Block and Candidates: indexes of blocks among those read (the title is block 0 of its reading).</remarks>
internal sealed record Restatement(int Block, NumberMention Title, IReadOnlyList<(int Block, NumberMention Mention)> Candidates);

/// <summary>
/// A headline restates the figures its article gives ("Bị lừa 245 tỷ" over "… 245 tỷ đồng tiền tiết
/// kiệm"): each title figure is paired with the body figures of the same unit and magnitude, and it is
/// consistent when one of them could be the same value as written, rounding and hedges allowed.
/// </summary>
internal static class RestatementReader
{
    private const decimal Magnitude = 2m;
    private const decimal HalfOpen = 0.4999m;

    // Small counts in a headline ("2 trai bản", "7 người") are as often a part of the story as its total.
    private const decimal MinHeadlineFigure = 10;

    // Two counts within a quarter of each other may be one count stated twice; further apart they are two counts.
    private const decimal BodyMagnitude = 1.25m;

    public static IReadOnlyList<Restatement> Read(Claims.BlockFigures title, IReadOnlyList<Claims.BlockFigures> body, RelationGrammar grammar)
    {
        var found = new List<Restatement>();
        // Ages and grades in a headline are of one person or thing among several in the body.
        foreach (var figure in title.Quantities.Where(m => Restatable(m) && m.BaseValue >= MinHeadlineFigure && !RelationReader.IsNotAdditive(m, grammar)))
        {
            var candidates = body.SelectMany((block, index) => block.Quantities
                .Where(m => Restatable(m) && Comparable(figure, m, title.Vocabulary, grammar) && Close(figure, m) && SameUnitPhrase(figure, m, grammar))
                .Select(m => (index, m))).ToList();
            if (candidates.Count > 0)
            {
                found.Add(new Restatement(-1, figure, candidates));
            }
        }

        return found;
    }

    /// <summary>
    /// Counts stated twice in a body for one subject ("Hội Nông dân huyện có 12.450 hội viên", later
    /// "Hội Nông dân huyện có 12.540 hội viên"): the same unit, the same words (at least two) naming
    /// what is counted in the clause before it, and the same years and dates in the sentence. Sharing
    /// some words is not enough: "xã An Bình" and "xã Bình Minh" are two communes. Amounts and
    /// percentages are left out: prices and rates of one subject change within one article.
    /// </summary>
    public static IReadOnlyList<Restatement> ReadBody(IReadOnlyList<Claims.BlockFigures> blocks, RelationGrammar grammar)
    {
        // Statements are grouped by what must be equal (unit head, time, subject words), so each is compared only with its group.
        var statements = new Dictionary<string, List<(int Block, NumberMention Figure, int Sentence)>>(StringComparer.Ordinal);
        var found = new List<Restatement>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var figures = blocks[b];
            var times = TimesOf(figures);
            foreach (var figure in figures.Quantities.Where(m => m.Kind == NumberKind.Count && m.IsExact && m.Unit is not null && m.BaseValue > 0))
            {
                var subject = SubjectOf(figures, figure, grammar);
                if (subject.Count < MinSharedWords)
                {
                    continue;
                }

                var sentence = figures.SentenceIndexOf(figure.Span.Start);
                var key = string.Join('|', UnitAgreement.Head(figure.Unit!.Text, grammar), times.GetValueOrDefault(sentence, ""), string.Join(' ', subject.Order(StringComparer.Ordinal)));
                if (!statements.TryGetValue(key, out var group))
                {
                    statements[key] = group = [];
                }

                var earlier = group
                    .Where(s => (s.Block != b || s.Sentence != sentence) && Comparable(s.Figure, figure, figures.Vocabulary, grammar)
                        && s.Figure.BaseValue <= figure.BaseValue * BodyMagnitude && figure.BaseValue <= s.Figure.BaseValue * BodyMagnitude)
                    .Select(s => (s.Block, s.Figure)).ToList();
                if (earlier.Count > 0)
                {
                    found.Add(new Restatement(b, figure, earlier));
                }

                if (group.Count < MaxStatementsPerSubject)
                {
                    group.Add((b, figure, sentence));
                }
            }
        }

        return found;
    }

    private const int MinSharedWords = 2;

    // A subject stated more often than this is a list or a table read as prose: enough earlier statements are kept to compare.
    private const int MaxStatementsPerSubject = 16;
    private const int SubjectWindow = 6;

    /// <summary>The words naming what is counted: those of the clause before the figure, function words left out.</summary>
    private static HashSet<string> SubjectOf(Claims.BlockFigures figures, NumberMention figure, RelationGrammar grammar)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = figure.Span.Start;
        for (var k = 0; k < SubjectWindow && i > 0; k++)
        {
            var end = i;
            while (end > 0 && figures.Text[end - 1] == ' ')
            {
                end--;
            }

            if (end == 0 || !char.IsLetter(figures.Text[end - 1]))
            {
                break;
            }

            var start = end;
            while (start > 0 && char.IsLetter(figures.Text[start - 1]))
            {
                start--;
            }

            var word = FigureTokenizer.Normalize(figures.Text[start..end]);
            if (grammar.Rises.Contains(word) || grammar.Falls.Contains(word) || grammar.ChangeLevels.Contains(word))
            {
                // "giảm từ 3.281 hộ xuống còn …": a level of a change is a figure of its own time, not a restatement.
                return [];
            }

            if (!grammar.FunctionWords.Contains(word))
            {
                words.Add(word);
            }

            i = start;
        }

        return words;
    }

    /// <summary>The years and dates of each sentence of a block, gathered once: two statements are compared only at the same time.</summary>
    private static Dictionary<int, string> TimesOf(Claims.BlockFigures figures) =>
        figures.Mentions
            .Where(m => m.Kind is NumberKind.Year or NumberKind.YearRange or NumberKind.Date)
            .GroupBy(m => figures.SentenceIndexOf(m.Span.Start))
            .ToDictionary(g => g.Key, g => string.Join(',', g.Select(m => figures.Text.Substring(m.Span.Start, m.Span.Length)).Order(StringComparer.Ordinal)));

    /// <summary>True when one of the body figures may be the title's figure.</summary>
    public static bool Holds(Restatement restatement) => restatement.Candidates.Any(c => Stated(restatement.Title).Overlaps(Stated(c.Mention)));

    /// <summary>
    /// The values a restated figure allows: its last written digit is its precision (3.000 is to the
    /// thousand), "hơn" and "gần" reach one step of it up or down, "khoảng" both ways.
    /// </summary>
    public static FigureInterval Stated(NumberMention mention)
    {
        var value = mention.BaseValue;
        var step = FigureInterval.StepOf(mention.Number) * Operand.ScaleOf(mention);
        return mention.Exactness switch
        {
            Exactness.MoreThan or Exactness.AtLeast => new FigureInterval(value, value + step),
            Exactness.LessThan or Exactness.AtMost => new FigureInterval(value - step, value),
            Exactness.Approximately => new FigureInterval(value - step, value + step),
            // Half a step either way, open at the ends: 52 and 53 are two counts, not one rounded twice.
            _ => new FigureInterval(value - (step * HalfOpen), value + (step * HalfOpen)),
        };
    }

    /// <summary>A headline rounds, it does not change a figure by a quarter: further apart, the two figures count different things.</summary>
    private static bool Close(NumberMention a, NumberMention b) => a.BaseValue <= b.BaseValue * BodyMagnitude && b.BaseValue <= a.BaseValue * BodyMagnitude;

    /// <summary>Counts are compared only when their unit phrases begin with the same two words ("người thương vong" is not "người").</summary>
    private static bool SameUnitPhrase(NumberMention a, NumberMention b, RelationGrammar grammar)
    {
        if (a.Kind != NumberKind.Count || b.Kind != NumberKind.Count)
        {
            return true;
        }

        static string Words(NumberMention m) => string.Join(' ', (m.Unit?.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(FigureTokenizer.Normalize));
        return Words(a) == Words(b);
    }

    private static bool Restatable(NumberMention mention) =>
        mention.Kind is NumberKind.Count or NumberKind.Money or NumberKind.Percentage && mention.RangeEnd is null && mention.BaseValue > 0;

    private static bool Comparable(NumberMention title, NumberMention body, UnitVocabulary vocabulary, RelationGrammar grammar)
    {
        // "245 tỷ" in a headline is the "245 tỷ đồng" of the body: a bare amount borrows the other's unit.
        var bare = title.Unit is null || body.Unit is null;
        var kinds = title.Kind == body.Kind || (bare && title.Kind is NumberKind.Count or NumberKind.Money && body.Kind is NumberKind.Count or NumberKind.Money);
        if (!kinds || title.BaseValue > body.BaseValue * Magnitude || body.BaseValue > title.BaseValue * Magnitude)
        {
            return false;
        }

        return title.Kind == NumberKind.Percentage || bare || UnitAgreement.Agree(title, body, vocabulary, grammar);
    }
}
