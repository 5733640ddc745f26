namespace ReportLint.Numbers.Relations;

/// <summary>
/// The values a stated figure can stand for. <c>85,2%</c> is [85,15; 85,3): any usual rounding of
/// the true value (half up, half even, truncation) may have written it; <c>12,5 tỷ đồng</c> is
/// [12,45; 12,55] tỷ; <c>65</c> đảng viên is exactly
/// 65; <c>hơn 1.800</c> is at least 1.800. Every law is checked on intervals, so rounding is never a special case.
/// </summary>
internal readonly record struct FigureInterval(decimal Low, decimal High)
{
    private const decimal Unbounded = 1e20m;

    /// <summary>"khoảng 7,3", "gần 60": the writer vouches for the value to one step of its last written digit either way (0,1; 10).</summary>
    private const decimal Hedge = 1m;

    public static FigureInterval Exactly(decimal value) => new(value, value);

    /// <summary>The interval of a mention in its unit's base; a hedge ("khoảng", "gần") widens it by one step of its last digit.</summary>
    public static FigureInterval? Of(NumberMention mention) => Of(mention.Number, mention, mention.Number.Value);

    /// <summary>The interval of one number of a mention (a fraction's denominator has the mention's scale too).</summary>
    public static FigureInterval? Of(WrittenNumber number, NumberMention mention, decimal value)
    {
        var scale = mention.Multiplier * (mention.Unit?.Definition?.Scale ?? 1m);
        var written = value * scale;
        // A measure ("56 km", "175 ha") is rounded however it is written; a count of things is exact.
        var rounded = number.Decimals > 0 || mention.Kind == NumberKind.Percentage || scale > 1m || mention.Unit?.Definition?.Kind == UnitKind.Measure;
        var unit = Pow10(-number.Decimals) * scale;
        // Percentages are also truncated by some writers; amounts are rounded to the nearest.
        var exact = !rounded ? Exactly(written)
            : mention.Kind == NumberKind.Percentage ? new FigureInterval(written - (unit / 2), written + unit)
            : new FigureInterval(written - (unit / 2), written + (unit / 2));
        return mention.Exactness switch
        {
            Exactness.Exact when mention.RangeEnd is { } end => new FigureInterval(exact.Low, end.Value * scale),
            Exactness.Exact => exact,
            Exactness.MoreThan or Exactness.AtLeast => new FigureInterval(exact.Low, Unbounded),
            Exactness.LessThan or Exactness.AtMost => new FigureInterval(0, exact.High),
            _ => new FigureInterval(written - (StepOf(number) * scale * Hedge), written + (StepOf(number) * scale * Hedge)),
        };
    }

    /// <summary>The values that round to <paramref name="number"/> as written, whatever its kind.</summary>
    public static FigureInterval Rounded(WrittenNumber number, decimal scaledValue)
    {
        var unit = number.Value == 0 ? Pow10(-number.Decimals) : Pow10(-number.Decimals) * scaledValue / number.Value;
        return new FigureInterval(scaledValue - (unit / 2), scaledValue + unit);
    }

    public static FigureInterval operator +(FigureInterval a, FigureInterval b) => new(a.Low + b.Low, a.High + b.High);

    public static FigureInterval operator -(FigureInterval a, FigureInterval b) => new(a.Low - b.High, a.High - b.Low);

    /// <summary>a / b, for positive b.</summary>
    public static FigureInterval? Divide(FigureInterval a, FigureInterval b) =>
        b.Low <= 0 ? null : new FigureInterval(a.Low / b.High, b.Low == 0 ? Unbounded : Math.Min(Unbounded, a.High / b.Low));

    public FigureInterval Times(decimal factor) => new(Low * factor, High * factor);

    public FigureInterval Negated => new(-High, -Low);

    public bool Overlaps(FigureInterval other) => Low <= other.High && other.Low <= High;

    public decimal Middle => High >= Unbounded ? Low : (Low + High) / 2;

    /// <summary>The precision a number is written to: its last decimal place, or for a whole number its last non-zero digit (3.000 is to the thousand).</summary>
    public static decimal StepOf(WrittenNumber number)
    {
        if (number.Decimals > 0)
        {
            return Pow10(-number.Decimals);
        }

        var step = 1m;
        for (var rest = decimal.Truncate(number.Value); rest != 0 && rest % 10 == 0; rest /= 10)
        {
            step *= 10;
        }

        return step;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10 : result * 10;
        }

        return result;
    }
}
