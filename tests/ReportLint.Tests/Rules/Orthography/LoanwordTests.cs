using ReportLint.Rules.Vietnamese;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Orthography;

/// <summary>RL3004's loanwords: the data file, and words a project adds under allow in rules.yml.</summary>
public sealed class LoanwordTests
{
    private const string Draft = "Cả êkíp đi xe mônô và môt chiếc môtô.";

    [Fact]
    public void Words_under_allow_are_added_to_the_built_in_loanwords()
    {
        var configuration = Lint.Loader.Parse(
            """
            rules:
              RL3004:
                allow: [Mônô]
            """,
            "rules.yml");

        var result = Lint.Text(Draft, "draft.md", OrthographyRuleSet.Engine, configuration);

        Assert.Equal(["môt"], result.Diagnostics.Where(d => d.Id == RL3004ImpossibleSyllable.Id).Select(d => OrthographyRuleSet.Excerpt(result, d)));
    }

    [Fact]
    public void Without_allow_only_the_built_in_loanwords_are_silent()
    {
        var result = Lint.Text(Draft, "draft.md", OrthographyRuleSet.Engine);

        Assert.Equal(["mônô", "môt"], result.Diagnostics.Where(d => d.Id == RL3004ImpossibleSyllable.Id).Select(d => OrthographyRuleSet.Excerpt(result, d)));
    }
}
