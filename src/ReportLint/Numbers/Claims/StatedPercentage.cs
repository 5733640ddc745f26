using System.Collections.Frozen;

namespace ReportLint.Numbers.Claims;

/// <summary>
/// Whether a percentage is stated as the share that the figures before it make (<c>…, đạt 85,2%</c>,
/// <c>…, chiếm 15,2%</c>, <c>(16,9%)</c>) rather than a change or a rate of something else
/// (<c>tăng 5%</c>, <c>lãi suất 6%</c>).
/// </summary>
internal static class StatedPercentage
{
    private static readonly FrozenSet<string> ShareLeads = new[] { "đạt", "chiếm", "bằng", "là", "lệ" }.ToFrozenSet();

    public static bool IsShare(BlockFigures figures, NumberMention percentage) =>
        percentage.Kind == NumberKind.Percentage && percentage.IsExact
        && (figures.IsParenthesized(percentage) || ShareLeads.Contains(figures.WordBefore(percentage.Span.Start)))
        && !ComparesWithAnother(figures, percentage);

    /// <summary><c>chiếm 15,2%</c> only, the lead that states a share of a total named earlier.</summary>
    public static bool IsPortion(BlockFigures figures, NumberMention percentage) =>
        IsShare(figures, percentage) && (figures.IsParenthesized(percentage) || figures.WordBefore(percentage.Span.Start) == "chiếm");

    // "đạt 105% so với cùng kỳ" compares two periods, not a part with its whole.
    private static bool ComparesWithAnother(BlockFigures figures, NumberMention percentage)
    {
        var after = figures.Gap(percentage.Span.End, Math.Min(figures.Text.Length, percentage.Span.End + 12));
        return after.StartsWith("so với", StringComparison.Ordinal) || after.StartsWith(", so với", StringComparison.Ordinal);
    }
}
