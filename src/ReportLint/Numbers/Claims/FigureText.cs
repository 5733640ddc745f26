namespace ReportLint.Numbers.Claims;

/// <summary>Writes the arithmetic of a message the way the report writes its numbers: <c>13 + 159 = 172</c>, <c>85,1</c>.</summary>
internal static class FigureText
{
    public static string Sum(IEnumerable<WrittenNumber> terms) => string.Join(" + ", terms.Select(t => t.Text));

    public static string Format(decimal value, int decimals) => VietnameseNumberFormat.Format(value, decimals);

    /// <summary>A value with the largest precision among the figures it came from.</summary>
    public static string Format(decimal value, IEnumerable<WrittenNumber> from) => Format(value, from.Max(n => n.Decimals));

    /// <summary>A change with its sign: <c>+1,7</c>, <c>−27</c>.</summary>
    public static string Signed(decimal value, int decimals) =>
        (value < 0 ? "−" : "+") + Format(Math.Abs(value), decimals);

    /// <summary>The true percentage with two more places than stated, enough to show why it rounds as it does.</summary>
    public static string Precise(decimal numerator, decimal denominator, int statedDecimals) =>
        Format(Math.Round(PercentCheck.TruePercent(numerator, denominator), statedDecimals + 2, MidpointRounding.AwayFromZero), statedDecimals + 2).TrimEnd('0').TrimEnd(',');
}
