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
    public static IEnumerable<List<RatedFigure>> InSentences(BlockFigures figures, Func<NumberMention, bool> isFigure)
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
