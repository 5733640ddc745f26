using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Numbers;

/// <summary>
/// One number found in a paragraph with what it means there: its kind, bound, range, fraction
/// denominator and unit. Arithmetic rules work on the mentions where <see cref="IsQuantity"/> holds.
/// </summary>
internal sealed record NumberMention
{
    /// <summary>From the first character of the bound word or number to the end of the unit phrase.</summary>
    public required TextSpan Span { get; init; }

    public required NumberKind Kind { get; init; }

    /// <summary>The number itself; the lower end of a range; the numerator of a fraction.</summary>
    public required WrittenNumber Number { get; init; }

    /// <summary>The <c>66</c> of <c>62/66</c>.</summary>
    public WrittenNumber? Denominator { get; init; }

    /// <summary>The <c>90</c> of <c>80-90%</c> or <c>từ 80% đến 100%</c>.</summary>
    public WrittenNumber? RangeEnd { get; init; }

    public Exactness Exactness { get; init; }

    /// <summary>A scale word written after the number and not part of a known unit: <c>1,2 triệu người</c> has 1 000 000.</summary>
    public decimal Multiplier { get; init; } = 1;

    public UnitPhrase? Unit { get; init; }

    /// <summary>For a rate, the word after its slash, in lower case: <c>lít</c> of <c>20.143 đồng/lít</c>.</summary>
    public string? Per { get; init; }

    /// <summary>The mention is a figure that can take part in sums and ratios.</summary>
    public bool IsQuantity => Kind is NumberKind.Count or NumberKind.Percentage or NumberKind.Fraction or NumberKind.Money;

    /// <summary>A quantity stated as one exact value, neither a bound nor a range.</summary>
    public bool IsExact => IsQuantity && Exactness == Exactness.Exact && RangeEnd is null;

    /// <summary>The value in the unit's base (<c>12,6 tỷ đồng</c> gives 12 600 000 000 đồng).</summary>
    public decimal BaseValue => Number.Value * Multiplier * (Unit?.Definition?.Scale ?? 1m);

    public override string ToString() => $"{Kind} {Number.Text}{(Denominator is { } d ? "/" + d.Text : "")}{(RangeEnd is { } r ? ".." + r.Text : "")} [{Unit?.Definition?.Name ?? Unit?.Text}]";
}
