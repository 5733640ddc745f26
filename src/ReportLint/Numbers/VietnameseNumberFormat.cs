using System.Globalization;

namespace ReportLint.Numbers;

/// <summary>
/// Numbers in the Vietnamese convention: <c>.</c> groups thousands, <c>,</c> marks decimals
/// (<c>4.014</c>, <c>117,3</c>). The culture data of the machine is not used, so output does not
/// depend on ICU versions.
/// </summary>
internal static class VietnameseNumberFormat
{
    private static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>
    /// Writes <paramref name="value"/> with exactly <paramref name="decimals"/> decimal places,
    /// rounding half away from zero: <c>Format(85.148m, 1)</c> is <c>85,1</c>, <c>Format(4014, 0)</c> is <c>4.014</c>.
    /// </summary>
    public static string Format(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vietnamese);
    }

    /// <summary>
    /// Reads one unsigned number written the Vietnamese way. Thousands groups must have exactly
    /// three digits after the first (<c>1.5</c> and <c>4.0</c> are refused: they are section numbers
    /// or versions, not quantities); an ungrouped run of digits is accepted (<c>1800</c>, <c>04</c>).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var leadingDigits = CountDigits(text);
        if (leadingDigits == 0)
        {
            return false;
        }

        var grouped = false;
        var i = leadingDigits;
        while (i < text.Length && text[i] == '.')
        {
            if (leadingDigits > 3 || CountDigits(text[(i + 1)..]) != 3)
            {
                return false;
            }

            grouped = true;
            i += 4;
        }

        var integerDigits = leadingDigits + ((i - leadingDigits) / 4 * 3);
        if (i < text.Length && text[i] == ',')
        {
            decimals = CountDigits(text[(i + 1)..]);
            if (decimals == 0)
            {
                return false;
            }

            i += 1 + decimals;
        }

        if (i != text.Length || (grouped && text[0] == '0'))
        {
            return false;
        }

        // Decimal holds 28 significant digits; anything longer is a code, not a figure.
        if (integerDigits + decimals > 28)
        {
            return false;
        }

        decimal accumulated = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                accumulated = (accumulated * 10) + (c - '0');
            }
        }

        value = decimals == 0 ? accumulated : accumulated / Pow10(decimals);
        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && text[n] is >= '0' and <= '9')
        {
            n++;
        }

        return n;
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10;
        }

        return result;
    }
}
