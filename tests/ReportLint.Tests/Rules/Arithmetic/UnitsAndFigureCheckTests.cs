using ReportLint.Tests.Cli;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>The <c>units</c> section of rules.yml, the checks exposed by the engine, and <c>--explain-figures</c>.</summary>
public sealed class UnitsAndFigureCheckTests
{
    private const string Cooperatives = "Huyện có 30 hợp tác xã nông nghiệp với 18 hợp tác xã trồng trọt và 15 hợp tác xã chăn nuôi.";

    [Fact]
    public void A_units_section_adds_to_the_default_vocabulary()
    {
        // The default vocabulary knows "hợp tác xã" but no split of it, and "với" does not promise the whole list.
        Assert.Empty(ArithmeticTestEngine.Findings(Cooperatives));

        var configuration = Lint.Loader.Parse(
            """
            units:
              hợp tác xã nông nghiệp:
                parts: [hợp tác xã trồng trọt, hợp tác xã chăn nuôi]
              hợp tác xã trồng trọt:
              hợp tác xã chăn nuôi:
            """,
            "rules.yml");
        var result = Lint.Text(Cooperatives + " Đảng bộ có 65 tổ chức cơ sở đảng với 21 đảng bộ cơ sở, 45 chi bộ cơ sở.", "draft.md", ArithmeticTestEngine.Engine, configuration);

        // The added split makes the cooperatives a whole; the default Party units are still known.
        Assert.Equal(["RL1001", "RL1001"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_units_section_removes_default_units_by_name()
    {
        const string Draft = "Đảng bộ có 65 tổ chức cơ sở đảng với 21 đảng bộ cơ sở, 45 chi bộ cơ sở.";
        Assert.Single(ArithmeticTestEngine.Findings(Draft));

        var configuration = Lint.Loader.Parse("units:\n  remove: [tổ chức cơ sở đảng]\n", "rules.yml");
        var result = Lint.Text(Draft, "draft.md", ArithmeticTestEngine.Engine, configuration);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_engine_exposes_relations_that_hold_and_those_that_fail()
    {
        var result = ArithmeticTestEngine.Run("Có 45/52 xã có trạm y tế đạt chuẩn, đạt 86,5%. Có 12/15 trường đạt chuẩn, đạt 85%.");
        Assert.Collection(
            result.FigureChecks,
            check => Assert.Equal(("RL1002", true, "45/52 = 86,538%, khớp 86,5%"), (check.RuleId, check.Holds, check.Vietnamese)),
            check => Assert.Equal(("RL1002", false, "12/15 is 80%, not 85%"), (check.RuleId, check.Holds, check.English)));
        Assert.All(result.FigureChecks, check => Assert.Equal(2, check.Spans.Length));
    }

    [Fact]
    public void Explain_figures_lists_every_checked_relation_per_file()
    {
        using var cli = new CliHarness();
        cli.Write("bao-cao.md", "Có 45/52 xã có trạm y tế đạt chuẩn, đạt 86,5%.\n\nCó 12/15 trường đạt chuẩn, đạt 85%.\n");
        var run = cli.Run("check", "bao-cao.md", "--explain-figures");
        Assert.Contains("bao-cao.md: 1 ✓, 1 ✗", run.Output);
        Assert.Contains("  ✓ 1:41 RL1002 45/52 = 86,538%, khớp 86,5%", run.Output);
        Assert.Contains("  ✗ 3:32 RL1002 12/15 là 80%, không phải 85%", run.Output);
    }
}
