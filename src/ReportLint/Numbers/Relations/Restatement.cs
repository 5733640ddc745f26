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
    // A figure mistyped by a digit may be off by much; further than this, two figures are of two things.
    private const decimal Magnitude = 3m;
    private const decimal HalfOpen = 0.4999m;

    // Small counts in a headline ("2 trai bản", "7 người") are as often a part of the story as its total.
    private const decimal MinHeadlineFigure = 10;

    // Two counts within a quarter of each other may be one count stated twice; further apart they are two counts.
    private const decimal BodyMagnitude = 1.25m;

    public static IReadOnlyList<Restatement> Read(Claims.BlockFigures title, IReadOnlyList<Claims.BlockFigures> body, RelationGrammar grammar)
    {
        var found = new List<Restatement>();
        // Contexts are read only for the body figures a headline figure is compared with: a long draft has thousands.
        var bodyStatements = body.Select((block, index) => (index, block, Statements: block.Mentions.Where(Restatable).ToList())).ToList();
        // Ages and grades in a headline are of one person or thing among several in the body.
        foreach (var figure in title.Mentions.Where(m => Restatable(m) && !RelationReader.IsNotAdditive(m, grammar)))
        {
            var context = ContextOf(title, figure, grammar);
            if (context.IsChange || context.IsOther)
            {
                continue;
            }

            var comparable = bodyStatements.SelectMany(b => b.Statements
                .Where(m => Comparable(figure, m, title.Vocabulary, grammar) && SameUnitPhrase(figure, m, grammar))
                .Select(m => (b.index, Figure: m, Context: ContextOf(b.block, m, grammar)))).ToList();
            // The headline's figure written anywhere in the body with its unit is consistent; otherwise it is
            // compared with the body figures that say the same of the same thing, or with those close to it.
            var same = comparable.Where(s => Stated(s.Figure).Overlaps(Stated(figure))).ToList();
            var candidates = (same.Count > 0 ? same : comparable.Where(s => !s.Context.IsChange && !s.Context.IsOther
                    && (Named(context, s.Context, MinSharedWithTitle) || SaidOfTheSame(context, s.Context) || (figure.BaseValue >= MinHeadlineFigure && figure.Kind != NumberKind.Duration && Close(figure, s.Figure)))))
                .Select(s => (s.index, s.Figure)).ToList();
            if (candidates.Count > 0)
            {
                found.Add(new Restatement(-1, figure, candidates));
            }
        }

        return found;
    }

    /// <summary>
    /// Figures stated twice in a body for one subject ("thời gian làm bài là 120 phút", later "với thời
    /// gian làm bài 120 phút"): the same unit, words naming what is counted shared around both (see
    /// <see cref="FigureContext"/>), and the same years and dates in both sentences. A figure that is
    /// an amount of change, another group ("khác", "mỗi") or set at another moment ("ban đầu", "nay")
    /// is not compared, nor a measure: heights and distances of things of one kind ("cây thông cao 6m",
    /// "cây thông cao 5m") are written among the same words.
    /// </summary>
    public static IReadOnlyList<Restatement> ReadBody(IReadOnlyList<Claims.BlockFigures> blocks, RelationGrammar grammar)
    {
        // Statements are grouped by what must be equal (kind, unit head), so each is compared only with
        // its group; a statement's words are read only once another of its unit needs them (most units occur once).
        var statements = new Dictionary<string, List<(int Block, NumberMention Figure, int Sentence, string Time, Lazy<FigureContext?> Context)>>(StringComparer.Ordinal);
        var found = new List<Restatement>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var figures = blocks[b];
            var times = TimesOf(figures);
            foreach (var figure in figures.Mentions.Where(m => Restatable(m) && m.Kind is NumberKind.Count or NumberKind.Duration && m.Unit is not null && m.Unit.Definition?.Kind != UnitKind.Measure && !RelationReader.IsNotAdditive(m, grammar)))
            {
                var sentence = figures.SentenceIndexOf(figure.Span.Start);
                if (InList(figures, sentence))
                {
                    continue;
                }

                var block = figures;
                var context = new Lazy<FigureContext?>(() => ContextOf(block, figure, grammar) is { IsChange: false, IsOther: false, ShiftsTime: false } read ? read : null);
                var time = TimeAt(times, sentence);
                var key = string.Join('|', figure.Kind, UnitKey(figure, grammar));
                if (!statements.TryGetValue(key, out var group))
                {
                    statements[key] = group = [];
                }

                var earlier = new List<(int Block, NumberMention Mention)>();
                foreach (var s in group)
                {
                    if ((s.Block != b || s.Sentence != sentence) && SameTime(s.Time, time) && Comparable(s.Figure, figure, figures.Vocabulary, grammar)
                        && context.Value is { } mine && s.Context.Value is { } theirs && Named(theirs, mine, MinSharedWords) && !theirs.NamesOther(mine))
                    {
                        if (Stated(s.Figure).Overlaps(Stated(figure)))
                        {
                            // One earlier statement of the same value settles it: a draft repeating a figure
                            // a thousand times must not keep a thousand candidates for each.
                            earlier = [(s.Block, s.Figure)];
                            break;
                        }

                        earlier.Add((s.Block, s.Figure));
                    }
                }

                if (earlier.Count > 0)
                {
                    found.Add(new Restatement(b, figure, earlier));
                }

                if (group.Count < MaxStatementsPerUnit)
                {
                    group.Add((b, figure, sentence, time, context));
                }
            }
        }

        return found;
    }

    private const int MinSharedWords = 3;
    private const int MinSharedWithTitle = 2;
    private const int MinSharedAfterWithTitle = 2;

    // A unit stated more often than this is a list or a table read as prose: enough earlier statements are kept to compare.
    private const int MaxStatementsPerUnit = 64;

    /// <summary>
    /// Two statements name one subject when they share enough words, two of them before the figure and
    /// the nearest one among them: "thu giữ tại chỗ 2 túi" and "công an thu giữ 2 túi" may be two seizures.
    /// A shared word written with a capital inside a sentence ("Huyện đoàn có …") names the subject and
    /// counts twice; common words alone ("bắt giữ 4 đối tượng", "bắt giữ 7 đối tượng") need a third.
    /// </summary>
    private static bool Named(FigureContext a, FigureContext b, int atLeast)
    {
        var (before, after) = a.Shared(b);
        var named = a.Before.Count(w => b.Before.Contains(w) && (a.Names.Contains(w) || b.Names.Contains(w)));
        return a.Nearest is not null && a.Nearest == b.Nearest && before >= 2 && before + after + named >= atLeast;
    }

    /// <summary>
    /// A headline often opens with its figure ("44 luật sư tham gia phiên toà xử …"): nothing before it
    /// names what is counted, the words after it do, and the body says them again after its figure.
    /// </summary>
    private static bool SaidOfTheSame(FigureContext title, FigureContext body) => title.Shared(body).After >= MinSharedAfterWithTitle;

    /// <summary>A sentence listing items between semicolons gives each its own figure ("A ký 35 hợp đồng; B ký 19 hợp đồng"): none restates another.</summary>
    private static bool InList(Claims.BlockFigures figures, int sentence) =>
        sentence < figures.Sentences.Length && figures.Text.AsSpan(figures.Sentences[sentence].Start, figures.Sentences[sentence].Length).Contains(';');

    /// <summary>A restatement often leaves out the year or the hour the first statement gave; two different ones are two moments.</summary>
    private static bool SameTime(string a, string b) => a.Length == 0 || b.Length == 0 || a == b;

    private static FigureContext ContextOf(Claims.BlockFigures figures, NumberMention figure, RelationGrammar grammar)
    {
        var sentence = figures.SentenceIndexOf(figure.Span.Start);
        return FigureContext.Of(figures.Text, figure, grammar, sentence < figures.Sentences.Length ? figures.Sentences[sentence].Start : 0);
    }

    private static string UnitKey(NumberMention figure, RelationGrammar grammar) => figure.Kind switch
    {
        NumberKind.Percentage => "%",
        NumberKind.Money => figure.Unit?.Definition?.BaseUnit ?? figure.Unit?.Definition?.Name ?? "",
        _ => figure.Unit is { } unit ? UnitAgreement.Head(unit.Text, grammar) : "",
    };

    /// <summary>
    /// A sentence without a year or a date of its own speaks of the moment the sentence before it in its
    /// paragraph named ("… Ocean Shield 2019 diễn ra ngày 1-9/8 … Cuộc diễn tập có 49 tàu chiến"):
    /// the nearest dated sentence at or before it, found by a binary search so that a paragraph of
    /// thousands of sentences costs each figure the same.
    /// </summary>
    private static string TimeAt((int[] Sentences, string[] Times) times, int sentence)
    {
        var at = Array.BinarySearch(times.Sentences, sentence);
        var index = at >= 0 ? at : ~at - 1;
        return index >= 0 ? times.Times[index] : "";
    }

    /// <summary>The years and dates of the dated sentences of a block, in sentence order, gathered once: two statements are compared only at the same time.</summary>
    private static (int[] Sentences, string[] Times) TimesOf(Claims.BlockFigures figures)
    {
        var dated = figures.Mentions
            .Where(m => m.Kind is NumberKind.Year or NumberKind.YearRange or NumberKind.Date or NumberKind.Time)
            .GroupBy(m => figures.SentenceIndexOf(m.Span.Start))
            .OrderBy(g => g.Key)
            .ToList();
        return ([.. dated.Select(g => g.Key)], [.. dated.Select(g => string.Join(',', g.Select(m => figures.Text.Substring(m.Span.Start, m.Span.Length)).Order(StringComparer.Ordinal)))]);
    }

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
        mention.Kind is NumberKind.Count or NumberKind.Money or NumberKind.Percentage or NumberKind.Duration && mention.RangeEnd is null && mention.BaseValue > 0 && mention.Denominator is null;

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
