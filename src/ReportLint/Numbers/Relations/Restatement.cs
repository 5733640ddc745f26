namespace ReportLint.Numbers.Relations;

/// <summary>A figure of a draft's title and the figures of its body that may state it again.</summary>
/// <remarks>Candidates: each with the index of its block among those read.</remarks>
public sealed record Restatement(NumberMention Title, IReadOnlyList<(int Block, NumberMention Mention)> Candidates);

/// <summary>
/// A headline restates the figures its article gives ("Bị lừa 245 tỷ" over "… 245 tỷ đồng tiền tiết
/// kiệm"): each title figure is paired with the body figures of the same unit and magnitude, and it is
/// consistent when one of them could be the same value as written, rounding and hedges allowed.
/// </summary>
public static class RestatementReader
{
    private const decimal Magnitude = 2m;

    public static IReadOnlyList<Restatement> Read(Claims.BlockFigures title, IReadOnlyList<Claims.BlockFigures> body, RelationGrammar grammar)
    {
        var found = new List<Restatement>();
        foreach (var figure in title.Quantities.Where(Restatable))
        {
            var candidates = body.SelectMany((block, index) => block.Quantities.Where(m => Restatable(m) && Comparable(figure, m, title.Vocabulary, grammar)).Select(m => (index, m))).ToList();
            if (candidates.Count > 0)
            {
                found.Add(new Restatement(figure, candidates));
            }
        }

        return found;
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
            _ => new FigureInterval(value - (step / 2), value + (step / 2)),
        };
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
