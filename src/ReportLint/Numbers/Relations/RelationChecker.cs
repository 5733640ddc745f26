namespace ReportLint.Numbers.Relations;

/// <summary>
/// The one place that knows arithmetic: a relation is inconsistent only when no value inside every
/// stated figure's interval satisfies its law (statcheck's and GRIM's rule, generalised).
/// </summary>
internal static class RelationChecker
{
    public static Verdict Check(FigureRelation relation)
    {
        if (relation.Operands.Any(o => o.Interval is null))
        {
            return new Verdict(relation, VerdictKind.NotJudged, NotJudgedReason.Estimate, relation.Operands[0], 0);
        }

        return relation.Kind switch
        {
            RelationKind.Sum => Sum(relation),
            RelationKind.Ratio or RelationKind.Share => Ratio(relation),
            RelationKind.Change => Change(relation),
            RelationKind.Multiple => Quotient(relation, "after", "before", "factor"),
            RelationKind.ChangeRate => ChangeRate(relation),
            RelationKind.Average => Quotient(relation, "total", "count", "mean"),
            RelationKind.Shares => Shares(relation),
            RelationKind.CountItems => Decide(relation, relation.One("count")!.Value == relation.All("item").Count(), relation.One("count")!, relation.All("item").Count()),
            _ => throw new ArgumentOutOfRangeException(nameof(relation)),
        };
    }

    private static Verdict Sum(FigureRelation relation)
    {
        var total = relation.One("total")!;
        var parts = relation.All("part").ToList();
        var below = relation.All("below").ToList();
        var sum = parts.Select(p => p.Interval!.Value).Aggregate((a, b) => a + b);
        var expected = parts.Sum(p => p.Value);
        if (relation.Complete)
        {
            var withBelow = below.Aggregate(sum, (s, b) => s + b.Interval!.Value);
            var plain = sum.Overlaps(total.Interval!.Value);
            return Decide(relation, plain || (below.Count > 0 && withBelow.Overlaps(total.Interval!.Value)), total, plain ? expected : expected + below.Sum(b => b.Value));
        }

        if (relation.Rule.Disjoint)
        {
            // The nested parts are inside another part, so the others alone must stay under the total.
            return Decide(relation, sum.Low <= total.Interval!.Value.High, total, expected + relation.All("nested").Sum(n => n.Value));
        }

        // Categories named after "trong đó" may nest (xuất sắc inside hoàn thành tốt): a partial
        // listing is wrong only when it exceeds the total even with any one of them taken as nested.
        // One part over a total read from the sentence before is more often a misread total than an error.
        var fits = (parts.Count < 2 && relation.Rule.Elements.Any(e => e is SentenceBreak)) || sum.Low <= total.Interval!.Value.High
            || parts.Any(p => sum.Low - p.Interval!.Value.Low <= total.Interval!.Value.High && parts.Any(q => q != p && q.Value >= p.Value));
        return fits
            ? new Verdict(relation, VerdictKind.NotJudged, NotJudgedReason.PartialListing, total, expected)
            : Decide(relation, false, total, expected);
    }

    private static Verdict ChangeRate(FigureRelation relation)
    {
        var after = relation.One("after")!;
        var diff = relation.One("diff")!;
        var rate = relation.One("rate")!;
        var before = relation.Direction > 0 ? after.Interval!.Value - diff.Interval!.Value : after.Interval!.Value + diff.Interval!.Value;
        var beforeValue = after.Value - (relation.Direction * diff.Value);

        var computed = FigureInterval.Divide(diff.Interval!.Value, before);
        return beforeValue <= 0 || computed is null
            ? new Verdict(relation, VerdictKind.NotJudged, NotJudgedReason.Estimate, rate, 0)
            : Decide(relation, computed.Value.Times(100).Overlaps(rate.Interval!.Value), rate, diff.Value * 100 / beforeValue);
    }

    private static Verdict Shares(FigureRelation relation)
    {
        var sum = relation.Operands.Select(o => o.Interval!.Value).Aggregate((a, b) => a + b);
        var expected = relation.Operands.Sum(o => o.Value);
        if (!relation.Complete && sum.Low <= 100)
        {
            return new Verdict(relation, VerdictKind.NotJudged, NotJudgedReason.PartialListing, relation.Operands[0], expected);
        }

        return Decide(relation, sum.Overlaps(FigureInterval.Exactly(100)), relation.Operands[0], expected);
    }

    /// <summary>
    /// A share of listed figures ("1 đảng bộ và 5 chi bộ …, chiếm 15,2%") may be of the whole list or
    /// of its last items, and of any candidate whole: it holds when one reading explains it. The verdict
    /// carries the reading that explains it, or else the nearest one, so that its message shows that arithmetic.
    /// </summary>
    private static Verdict Ratio(FigureRelation relation)
    {
        var parts = relation.All("part").ToList();
        var percent = relation.One("percent")!;
        var readings = Enumerable.Range(0, parts.Count)
            .SelectMany(skip => relation.All("whole").Select(whole => (Parts: parts.Skip(skip).ToList(), Whole: whole)))
            .Select(r => (r.Parts, r.Whole, Holds: Percent(r.Parts, r.Whole)?.Overlaps(percent.Interval!.Value) ?? true, Value: r.Parts.Sum(p => p.Value) * 100 / r.Whole.Value))
            .ToList();
        var best = readings.FirstOrDefault(r => r.Holds);
        if (best.Parts is null)
        {
            best = readings.MinBy(r => Math.Abs(r.Value - percent.Value));
        }

        var reading = relation with { Operands = [.. relation.Operands.Where(o => o.Role is not ("part" or "whole") || best.Parts.Contains(o) || o == best.Whole)] };
        return Decide(reading, best.Holds, percent, best.Value);
    }

    private static FigureInterval? Percent(List<Operand> parts, Operand whole) =>
        FigureInterval.Divide(parts.Select(p => p.Interval!.Value).Aggregate((a, b) => a + b), whole.Interval!.Value)?.Times(100);

    private static Verdict Change(FigureRelation relation)
    {
        var before = relation.One("before")!;
        var after = relation.One("after")!;
        var diff = relation.One("diff")!;
        var difference = after.Interval!.Value - before.Interval!.Value;
        var direction = relation.Direction;
        var isPercentages = before.Mention.Kind == NumberKind.Percentage;
        var stated = diff.Interval!.Value;
        if (RelationReader.IsPoints(diff.Mention) || (isPercentages && diff.Mention.Kind != NumberKind.Percentage))
        {
            return Decide(relation, Either(difference, stated, direction), diff, Math.Abs(after.Value - before.Value), ChangeLaw.Points);
        }

        if (diff.Mention.Kind == NumberKind.Percentage)
        {
            var rate = FigureInterval.Divide(difference, before.Interval!.Value)!.Value.Times(100);
            var expected = Math.Abs((after.Value - before.Value) * 100 / before.Value);
            if (Either(rate, stated, direction))
            {
                return Decide(relation, true, diff, expected, ChangeLaw.Percent);
            }

            return isPercentages && Either(difference, stated, direction)
                ? Decide(relation, true, diff, Math.Abs(after.Value - before.Value), ChangeLaw.Points)
                : Decide(relation, false, diff, expected, ChangeLaw.Percent);
        }

        return Decide(relation, Either(difference, stated, direction), diff, Math.Abs(after.Value - before.Value));
    }

    /// <summary>Multiples and means are rounded by their writers even when written as whole numbers ("gấp 3 lần").</summary>
    private static Verdict Quotient(FigureRelation relation, string dividend, string divisor, string result)
    {
        var a = relation.One(dividend)!;
        var b = relation.One(divisor)!;
        var stated = relation.One(result)!;
        var quotient = FigureInterval.Divide(a.Interval!.Value, b.Interval!.Value);
        return Decide(relation, quotient?.Overlaps(FigureInterval.Rounded(stated.Number, stated.Value)) ?? true, stated, a.Value / b.Value);
    }

    /// <summary>A change is stated without its sign ("giảm 27" for 128 → 101); the word before it gives the direction when there is one.</summary>
    private static bool Either(FigureInterval computed, FigureInterval stated, int direction) =>
        (direction >= 0 && computed.Overlaps(stated)) || (direction <= 0 && computed.Negated.Overlaps(stated));

    private static Verdict Decide(FigureRelation relation, bool holds, Operand stated, decimal expected, ChangeLaw law = ChangeLaw.Difference) =>
        new(relation, holds ? VerdictKind.Holds : VerdictKind.Fails, NotJudgedReason.None, stated, expected, law);
}
