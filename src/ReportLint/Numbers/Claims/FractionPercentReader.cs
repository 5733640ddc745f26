namespace ReportLint.Numbers.Claims;

/// <summary>A fraction and the percentage stated for it: <c>86/101 bản có chi ủy, đạt 85,2%</c>.</summary>
public sealed record FractionPercent(NumberMention Fraction, NumberMention Percentage);

/// <summary>Pairs each fraction with the percentage that follows it in its clause, when nothing else is counted between them.</summary>
public static class FractionPercentReader
{
    private const int MaxDistance = 160;

    public static IEnumerable<FractionPercent> Read(BlockFigures figures)
    {
        var quantities = figures.Quantities;
        for (var i = 0; i + 1 < quantities.Length; i++)
        {
            var fraction = quantities[i];
            var percentage = quantities[i + 1];
            if (fraction.Kind == NumberKind.Fraction && fraction.IsExact && fraction.Denominator is { Value: > 0 }
                && StatedPercentage.IsShare(figures, percentage)
                && percentage.Span.Start - fraction.Span.End <= MaxDistance
                && figures.InOneClause(fraction.Span.End, percentage.Span.Start))
            {
                yield return new FractionPercent(fraction, percentage);
            }
        }
    }
}
