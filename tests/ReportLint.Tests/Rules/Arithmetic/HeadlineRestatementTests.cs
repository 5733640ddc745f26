namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>RL1008 on a headline's figures against the body's, where the headline's own words say what is counted.</summary>
public sealed class HeadlineRestatementTests
{
    private const string Body = "Toà án cho biết bị cáo A có 3 luật sư bào chữa, bị cáo B có 5 luật sư. Có tất cả 44 luật sư tham gia phiên toà, trong đó có 3 luật sư bào chữa cho bị cáo A.";

    [Fact]
    public void A_headline_opening_with_its_figure_is_matched_by_the_words_after_it()
    {
        var findings = ArithmeticTestEngine.Findings("# 34 luật sư tham gia phiên toà xử bị cáo A\n\n" + Body);

        var finding = Assert.Single(findings);
        Assert.Equal("RL1008", finding.Id);
        Assert.Contains("44", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_figure_in_headline_and_body_is_consistent()
    {
        Assert.Empty(ArithmeticTestEngine.Findings("# 44 luật sư tham gia phiên toà xử bị cáo A\n\n" + Body));
    }

    [Fact]
    public void A_headline_figure_said_of_something_else_is_not_compared()
    {
        Assert.Empty(ArithmeticTestEngine.Findings("# 34 luật sư đăng ký bào chữa miễn phí cho người nghèo\n\n" + Body));
    }
}
