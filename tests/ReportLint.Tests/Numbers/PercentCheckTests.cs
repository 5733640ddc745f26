using ReportLint.Numbers;

namespace ReportLint.Tests.Numbers;

public class PercentCheckTests
{
    [Theory]
    [InlineData(11, 65, "16,9")] // seed 000
    [InlineData(42, 65, "64,62")]
    [InlineData(469, 400, "117,3%")] // 117,25: half up
    [InlineData(469, 400, "117,2")] // half even and truncation
    [InlineData(3, 41, "7,3")]
    [InlineData(1, 3, "33,3%")]
    [InlineData(2, 3, "66,7")] // half up
    [InlineData(2, 3, "66,6")] // truncation
    [InlineData(1, 8, "12,5")]
    [InlineData(1, 8, "12")] // half even of 12,5
    [InlineData(1, 8, "13")] // half up of 12,5
    [InlineData(5, 5, "100")]
    public void Accepts_any_usual_rounding(int numerator, int denominator, string stated) =>
        Assert.True(PercentCheck.IsConsistent(numerator, denominator, stated));

    [Theory]
    [InlineData(86, 101, "85,2")] // seed 002: 85,148…
    [InlineData(6, 41, "15,2")] // seed 002: 14,6
    [InlineData(2, 3, "66,8")]
    [InlineData(2, 3, "66,65")]
    public void Rejects_what_no_rounding_gives(int numerator, int denominator, string stated) =>
        Assert.False(PercentCheck.IsConsistent(numerator, denominator, stated));

    [Theory]
    [InlineData(86, 101, "85,2", "85,1")]
    [InlineData(86, 101, "85,2%", "85,1%")]
    [InlineData(6, 41, "15,2%", "14,6%")]
    [InlineData(2662, 2748, "96,87", "96,87")]
    [InlineData(1, 3, "33", "33")]
    public void Gives_the_right_text_at_the_stated_precision(int numerator, int denominator, string stated, string expected) =>
        Assert.Equal(expected, PercentCheck.ExpectedText(numerator, denominator, stated));

    [Fact]
    public void Refuses_a_zero_denominator() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentCheck.IsConsistent(1, 0, "5"));
}
