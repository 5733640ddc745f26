using ReportLint.Numbers;
using ReportLint.Numbers.Relations;

namespace ReportLint.Tests.Numbers.Relations;

public class FigureIntervalTests
{
    [Theory]
    [InlineData("Đạt 85,2%.", 85.15, 85.3)] // half up, half even and truncation all allowed for a percentage
    [InlineData("Có 65 đảng viên.", 65, 65)] // a count is exact
    [InlineData("Thu 12,5 tỷ đồng.", 12_450_000_000, 12_550_000_000)] // an amount is rounded to its last digit
    [InlineData("Có hơn 1.800 đảng viên.", 1800, 1e20)]
    [InlineData("Có khoảng 60 người.", 50, 70)] // a hedge reaches one step of its last written digit
    [InlineData("Có gần 7,3 triệu lượt khách.", 7_200_000, 7_400_000)]
    public void A_stated_figure_stands_for_the_values_its_writing_allows(string sentence, double low, double high)
    {
        var mention = NumberScanner.Default.Scan(sentence).First(m => m.IsQuantity);
        var interval = FigureInterval.Of(mention)!.Value;
        Assert.Equal(((decimal)low, (decimal)high), (interval.Low, interval.High));
    }

    [Theory]
    [InlineData("3.000", 1000)]
    [InlineData("3.200", 100)]
    [InlineData("7", 1)]
    [InlineData("85,25", 0.01)]
    public void The_step_is_the_last_written_digit(string written, double step)
    {
        var mention = NumberScanner.Default.Scan("Có " + written + " người.").First(m => m.IsQuantity);
        Assert.Equal((decimal)step, FigureInterval.StepOf(mention.Number));
    }
}
