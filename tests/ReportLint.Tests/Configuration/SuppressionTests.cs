using ReportLint.Analysis;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Configuration;

public sealed class SuppressionTests
{
    private static string[] Findings(string markdown) =>
        [.. Lint.Text(markdown).Diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")];

    [Fact]
    public void Disable_next_line_hides_only_the_next_line()
    {
        Assert.Equal(["RL2001@4"], Findings("<!-- reportlint-disable-next-line RL2001 -->\ncủa của\n\ncủa của\n"));
    }

    [Fact]
    public void Disable_holds_until_enable()
    {
        Assert.Equal(["RL2001@7"], Findings("<!-- reportlint-disable RL2001 -->\n\ncủa của\n\n<!-- reportlint-enable RL2001 -->\n\ncủa của\n"));
    }

    [Fact]
    public void A_disable_without_ids_hides_every_rule()
    {
        Assert.Empty(Findings("<!-- reportlint-disable -->\n\ncủa của\n"));
    }

    [Fact]
    public void A_suppression_for_another_rule_does_not_hide_and_is_reported_unused()
    {
        Assert.Equal(["RL9002@1", "RL2001@2"], Findings("<!-- reportlint-disable-next-line RL2002 -->\ncủa của\n"));
        var unused = Lint.Text("<!-- reportlint-disable-next-line RL2002 -->\ncủa của\n").Diagnostics.First();
        Assert.Equal(ToolDiagnostics.UnusedSuppression, unused.Descriptor);
        Assert.Contains("RL2002", unused.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi")), StringComparison.Ordinal);
    }
}
