using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules;

/// <summary>RL2009's options: a preferred dash is enforced even where the draft does not mix dashes.</summary>
public sealed class DashPreferenceTests
{
    private const string Draft = "Nhiệm kỳ 2020 - 2025 và giai đoạn 2015-2019; phát triển kinh tế - xã hội.\n";

    [Fact]
    public void Without_a_preference_a_consistent_draft_is_silent()
    {
        Assert.Empty(Lint.Text(Draft, "draft.md", Lint.EngineFor("RL2009")).Diagnostics);
    }

    [Theory]
    [InlineData("\"–\"")]
    [InlineData("en-dash")]
    public void A_preferred_range_dash_reports_every_other_form_with_its_fix(string preferred)
    {
        var configuration = Lint.Loader.Parse($"rules:\n  RL2009:\n    range: {preferred}\n", "rules.yml");
        var findings = Lint.Text(Draft, "draft.md", Lint.EngineFor("RL2009"), configuration).Diagnostics;

        Assert.Equal(2, findings.Length);
        Assert.All(findings, d => Assert.Equal("-", Draft.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.All(findings, d => Assert.Contains("rules.yml", d.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi")), StringComparison.Ordinal));
    }
}
