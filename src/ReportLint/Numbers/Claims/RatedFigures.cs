using ReportLint.Numbers.Relations;

namespace ReportLint.Numbers.Claims;

/// <summary>A figure with the rating level it is the share of.</summary>
internal sealed record RatedFigure(NumberMention Mention, Rating Rating);

/// <summary>
/// Pairs the figures of one sentence with the rating levels named beside them, when the sentence
/// alternates strictly between the two (<c>62/66 … hoàn thành tốt nhiệm vụ; 04/66 … hoàn thành nhiệm vụ</c>
/// or <c>hoàn thành tốt nhiệm vụ 32 chi, đảng bộ chiếm 78,1%</c>). Anything less regular, a level named
/// twice or a cumulative level (<c>trở lên</c>) or a nesting <c>trong đó</c>, gives no pairing: the
/// figures may then overlap, and nothing can be said about their sum.
/// </summary>
internal static class RatedFigures
{
    /// <summary>
    /// Fractions of one denominator paired with different levels (<c>58/62 … tốt, 5/62 …</c>): a sum at
    /// most the denominator, the excellent read as counted inside the good when the good are given.
    /// </summary>
    public static IEnumerable<FigureRelation> FractionSums(BlockFigures figures) =>
        InSentences(figures, m => m.Kind == NumberKind.Fraction && m.IsExact && m.Denominator is not null)
            .SelectMany(sentence => sentence.GroupBy(r => (r.Mention.Denominator!.Value.Value, r.Mention.Unit?.Definition)).Where(g => g.Count() >= 2))
            .Select(shares =>
            {
                var good = shares.Any(s => s.Rating == Rating.Good);
                var first = shares.First().Mention;
                var denominator = first.Denominator!.Value;
                var total = new Operand("total", denominator, first.Span, first, FigureInterval.Of(denominator, first, denominator.Value), Operand.ScaleOf(first));
                var parts = shares.Select(s => Operand.Of(good && s.Rating == Rating.Excellent ? "nested" : "part", s.Mention));
                return new FigureRelation(RelationKind.Sum, StructuralRules.RatedFractions, [total, .. parts], Complete: false);
            });

    /// <summary>The percentages of the levels of one sentence: 100 % when all four are given, at most 100 % otherwise.</summary>
    public static IEnumerable<FigureRelation> ShareSums(BlockFigures figures) =>
        InSentences(figures, m => m.Kind == NumberKind.Percentage && m.IsExact)
            .Where(shares => shares.Select(s => s.Mention.Unit?.Definition).Where(u => u is not null).Distinct().Count() <= 1)
            .Select(shares => new FigureRelation(
                RelationKind.Shares,
                shares.Count == RatingCategories.LevelCount ? StructuralRules.RatedSharesAllLevels : StructuralRules.RatedShares,
                [.. shares.Select(s => Operand.Of("share", s.Mention))],
                Complete: shares.Count == RatingCategories.LevelCount));

    private static IEnumerable<List<RatedFigure>> InSentences(BlockFigures figures, Func<NumberMention, bool> isFigure)
    {
        var members = new List<NumberMention>();
        var sentence = -1;
        foreach (var mention in figures.Quantities.Where(isFigure).Append<NumberMention?>(null))
        {
            var index = mention is null ? -1 : figures.SentenceIndexOf(mention.Span.Start);
            if (index != sentence && members.Count >= 2 && sentence < figures.Sentences.Length
                && Pair(figures, members, RatingCategories.Find(figures.Text, figures.Sentences[sentence].Start, figures.Sentences[sentence].End)) is { } paired)
            {
                yield return paired;
            }

            if (index != sentence)
            {
                members = [];
                sentence = index;
            }

            if (mention is not null)
            {
                members.Add(mention);
            }
        }
    }

    private static List<RatedFigure>? Pair(BlockFigures figures, List<NumberMention> members, List<RatingMention> ratings)
    {
        if (ratings.Count != members.Count || ratings.Any(r => r.Cumulative) || ratings.Select(r => r.Rating).Distinct().Count() != ratings.Count)
        {
            return null;
        }

        var start = Math.Min(ratings[0].Start, members[0].Span.Start);
        var end = Math.Max(ratings[^1].End, members[^1].Span.End);
        if (figures.Gap(start, end).Contains("trong đó", StringComparison.Ordinal))
        {
            return null;
        }

        var ratingFirst = ratings[0].Start < members[0].Span.Start;
        var paired = new List<RatedFigure>(members.Count);
        for (var k = 0; k < members.Count; k++)
        {
            var (first, second) = ratingFirst ? (ratings[k].End, members[k].Span.Start) : (members[k].Span.End, ratings[k].Start);
            var nextStart = k + 1 < members.Count ? Math.Min(members[k + 1].Span.Start, ratings[k + 1].Start) : int.MaxValue;
            if (first > second || Math.Max(ratings[k].End, members[k].Span.End) > nextStart)
            {
                return null;
            }

            paired.Add(new RatedFigure(members[k], ratings[k].Rating));
        }

        return paired;
    }
}
