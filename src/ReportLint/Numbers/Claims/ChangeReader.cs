using System.Collections.Frozen;

namespace ReportLint.Numbers.Claims;

public enum ChangeMeasure
{
    /// <summary>In the figures' own unit, or in percentage points between percentages.</summary>
    Absolute,

    /// <summary>A percentage of the earlier figure.</summary>
    Relative,

    /// <summary>A percentage change between percentages: points or relative, the text does not say.</summary>
    Either,
}

/// <summary>
/// A figure before and after a change and the change stated between them: <c>128 bản … còn 101 bản,
/// giảm 27 bản</c>, <c>giảm từ 3,12% xuống còn 2,47%, giảm 0,65 điểm phần trăm</c>, <c>12,6 tỷ đồng, tăng
/// 1,8 tỷ đồng so với năm 2023 (10,9 tỷ đồng)</c>.
/// </summary>
public sealed record ChangeClaim(NumberMention Before, NumberMention After, NumberMention Change, bool Increase, ChangeMeasure Measure);

public static class ChangeReader
{
    private const int MaxGap = 48;

    private static readonly string[] ToWords = ["xuống còn", "giảm xuống còn", "giảm còn", "giảm xuống", "xuống", "còn", "tăng lên", "lên đến", "lên tới", "lên"];
    private static readonly FrozenSet<string> ChangeLeads = new[] { "tăng", "giảm", "tăng thêm", "giảm thêm", "giảm được", "tăng được" }.ToFrozenSet();

    public static IEnumerable<ChangeClaim> Read(BlockFigures figures)
    {
        var quantities = figures.Quantities;
        for (var i = 0; i + 2 < quantities.Length; i++)
        {
            var (a, b, c) = (quantities[i], quantities[i + 1], quantities[i + 2]);
            if (!a.IsExact || !b.IsExact || !c.IsExact)
            {
                continue;
            }

            // từ A xuống còn B, giảm C
            if (Connects(figures, a, b, ToWords) && ChangeLead(figures, b, c) is { } increase && Comparable(a, b) && MeasureOf(a, c) is { } measure)
            {
                yield return new ChangeClaim(a, b, c, increase, measure);
            }

            // B, tăng C so với năm 2023 (A)
            else if (ChangeLead(figures, a, b) is { } up && figures.IsParenthesized(c) && figures.InOneClause(b.Span.End, c.Span.Start)
                && figures.Gap(b.Span.End, c.Span.Start).StartsWith("so với", StringComparison.Ordinal) && c.Span.Start - b.Span.End <= MaxGap
                && Comparable(c, a) && MeasureOf(c, b) is { } compared)
            {
                yield return new ChangeClaim(c, a, b, up, compared);
            }
        }
    }

    private static bool Connects(BlockFigures figures, NumberMention a, NumberMention b, string[] words)
    {
        if (b.Span.Start - a.Span.End > MaxGap || !figures.InOneClause(a.Span.End, b.Span.Start))
        {
            return false;
        }

        var gap = figures.Gap(a.Span.End, b.Span.Start);
        return words.Any(w => gap == w || gap.EndsWith(" " + w, StringComparison.Ordinal));
    }

    /// <summary>True for <c>, tăng</c>, false for <c>, giảm</c> between two figures, null for anything else.</summary>
    private static bool? ChangeLead(BlockFigures figures, NumberMention before, NumberMention change)
    {
        if (change.Span.Start - before.Span.End > MaxGap || !figures.InOneClause(before.Span.End, change.Span.Start))
        {
            return null;
        }

        var gap = Describing.Strip(figures.Gap(before.Span.End, change.Span.Start)).TrimStart(',', '(', '-', '–', ' ');
        return ChangeLeads.Contains(gap) ? gap.StartsWith("tăng", StringComparison.Ordinal) : null;
    }

    private static bool Comparable(NumberMention a, NumberMention b)
    {
        if (a.Kind == NumberKind.Percentage || b.Kind == NumberKind.Percentage)
        {
            return a.Kind == b.Kind && a.Unit?.Definition == b.Unit?.Definition;
        }

        var unitA = a.Unit?.Definition;
        var unitB = b.Unit?.Definition;
        if (unitA is null || unitB is null || a.Kind != b.Kind || a.Kind is not (NumberKind.Count or NumberKind.Money))
        {
            return false;
        }

        var sameUnit = ReferenceEquals(unitA, unitB) || (unitA.BaseUnit is { } baseA && string.Equals(baseA, unitB.BaseUnit, StringComparison.OrdinalIgnoreCase));
        return sameUnit && (a.Unit!.Qualifier.Length == 0 || b.Unit!.Qualifier.Length == 0 || a.Unit.Qualifier == b.Unit.Qualifier);
    }

    private static ChangeMeasure? MeasureOf(NumberMention figure, NumberMention change)
    {
        if (change.Unit?.Definition is { Kind: UnitKind.PercentagePoint })
        {
            return figure.Kind == NumberKind.Percentage ? ChangeMeasure.Absolute : null;
        }

        if (change.Kind == NumberKind.Percentage)
        {
            return figure.Kind == NumberKind.Percentage ? ChangeMeasure.Either : ChangeMeasure.Relative;
        }

        return change.Kind == figure.Kind && (change.Unit?.Definition is null || Comparable(figure, change)) ? ChangeMeasure.Absolute : null;
    }
}
