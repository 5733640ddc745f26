using FsCheck;
using FsCheck.Fluent;
using ReportLint.Numbers;

namespace ReportLint.Tests.Numbers;

public class VietnameseNumberFormatTests
{
    [Theory]
    [InlineData("4.014", "4014", 0)]
    [InlineData("117,3", "117.3", 1)]
    [InlineData("64,62", "64.62", 2)]
    [InlineData("04", "4", 0)]
    [InlineData("2.662", "2662", 0)]
    [InlineData("1.234.567,89", "1234567.89", 2)]
    [InlineData("1800", "1800", 0)]
    [InlineData("0,65", "0.65", 2)]
    [InlineData("85,20", "85.2", 2)]
    public void Reads_the_vietnamese_convention(string text, string expected, int expectedDecimals)
    {
        Assert.True(VietnameseNumberFormat.TryParse(text, out var value, out var decimals));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expectedDecimals, decimals);
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("1.5")]
    [InlineData("1.5.2")]
    [InlineData("1234.567")]
    [InlineData("12,")]
    [InlineData("")]
    [InlineData("0263.3822.123")]
    public void Refuses_what_is_not_a_quantity(string text) =>
        Assert.False(VietnameseNumberFormat.TryParse(text, out _, out _));

    [Theory]
    [InlineData(85.148, 1, "85,1")]
    [InlineData(4014, 0, "4.014")]
    [InlineData(117.25, 1, "117,3")]
    [InlineData(2662, 0, "2.662")]
    [InlineData(0.5, 2, "0,50")]
    [InlineData(1234567.891, 2, "1.234.567,89")]
    public void Formats_the_vietnamese_convention(double value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumberFormat.Format((decimal)value, decimals));

    [Fact]
    public void Parse_of_format_is_the_identity()
    {
        var numbers =
            from mantissa in Gen.Choose(0, int.MaxValue)
            from decimals in Gen.Choose(0, 4)
            select (Value: mantissa / Pow10(decimals), Decimals: decimals);
        var property = Prop.ForAll(numbers.ToArbitrary(), x =>
            VietnameseNumberFormat.TryParse(VietnameseNumberFormat.Format(x.Value, x.Decimals), out var parsed, out var decimals)
            && parsed == x.Value && decimals == x.Decimals);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), property);
    }

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);
}
