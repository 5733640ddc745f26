namespace ReportLint.Numbers;

/// <summary>
/// Whether a stated percentage agrees with the fraction it describes. Authors and spreadsheets
/// round differently, so a stated value is accepted when any usual rounding of the true value at the
/// stated precision (half up, half to even, truncation) gives exactly the stated digits.
/// </summary>
internal static class PercentCheck
{
    private static readonly MidpointRounding[] UsualRoundings =
        [MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero];

    /// <summary><c>IsConsistent(86, 101, "85,2")</c> is false (86/101 is 85,148…%); <c>IsConsistent(469, 400, "117,3%")</c> is true.</summary>
    public static bool IsConsistent(decimal numerator, decimal denominator, string statedPercentText)
    {
        var (stated, decimals) = ParseStated(statedPercentText);
        return IsConsistent(numerator, denominator, stated, decimals);
    }

    /// <summary>As <see cref="IsConsistent(decimal, decimal, string)"/>, for a number already read.</summary>
    public static bool IsConsistent(decimal numerator, decimal denominator, decimal statedPercent, int decimals)
    {
        var exact = TruePercent(numerator, denominator);
        foreach (var rounding in UsualRoundings)
        {
            if (Math.Round(exact, decimals, rounding) == statedPercent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The percentage written at <paramref name="decimals"/> places, rounded half up: <c>(86, 101, 1)</c> gives <c>85,1</c>.</summary>
    public static string ExpectedText(decimal numerator, decimal denominator, int decimals)
    {
        // "0,00%, không phải 0,03%" says nothing: a share too small for the stated precision is given to its first digit.
        var percent = TruePercent(numerator, denominator);
        while (percent != 0 && Math.Round(percent, decimals, MidpointRounding.AwayFromZero) == 0 && decimals < MaxDecimals)
        {
            decimals++;
        }

        return VietnameseNumberFormat.Format(Math.Round(percent, decimals, MidpointRounding.AwayFromZero), decimals);
    }

    private const int MaxDecimals = 6;

    /// <summary>The right text at the precision of <paramref name="statedPercentText"/>: <c>(86, 101, "85,2")</c> gives <c>85,1</c>; a trailing <c>%</c> is kept.</summary>
    public static string ExpectedText(decimal numerator, decimal denominator, string statedPercentText)
    {
        var (_, decimals) = ParseStated(statedPercentText);
        var digits = ExpectedText(numerator, denominator, decimals);
        return statedPercentText.TrimEnd().EndsWith('%') ? digits + "%" : digits;
    }

    /// <summary>numerator / denominator × 100, unrounded.</summary>
    public static decimal TruePercent(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return numerator * 100m / denominator;
    }

    private static (decimal Value, int Decimals) ParseStated(string text)
    {
        var digits = text.AsSpan().Trim().TrimEnd('%').TrimEnd();
        return VietnameseNumberFormat.TryParse(digits, out var value, out var decimals)
            ? (value, decimals)
            : throw new FormatException($"'{text}' is not a percentage written the Vietnamese way (85,2 or 85,2%).");
    }
}
