using ReportLint.Tests.Infrastructure;
using ReportLint.Tests.Vietnamese;
using Xunit.Abstractions;

namespace ReportLint.Tests.Rules.Orthography;

/// <summary>
/// The orthography and date findings that ../shared/seeds/EXPECTED.md lists, and nothing else: the
/// traps it names (Thứ Tư, 25/03/2020; 22-NQ/TW, ngày 2/2/2008; Thường trực huyện ủy) stay silent.
/// </summary>
public sealed class SeedFindingsTests(ITestOutputHelper output)
{
    [SeedFact]
    public void The_seeds_give_exactly_the_expected_orthography_and_date_findings()
    {
        var found = new List<string>();
        foreach (var file in SharedTexts.Files(SharedTexts.SeedFolder, "*.txt"))
        {
            var result = Lint.Text(File.ReadAllText(file), file, OrthographyRuleSet.Engine);
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine($"{Path.GetFileName(file)} {Lint.Describe(diagnostic)}");
                found.Add($"{Path.GetFileName(file)[..3]} {diagnostic.Id} {OrthographyRuleSet.Excerpt(result, diagnostic)}");
            }
        }

        string[] expected =
        [
            "000 RL3006 Tung ương",
            "000 RL4004 05- CT/TW",
            "001 RL3001 uỷ",
            "002 RL3005 anh tin bai",
            "002 RL3005 anh tin bai",
            "002 RL3006 Bí thí thư",
            "003 RL4003 Sáng nay (25/11)",
            "004 RL3006 chủ nghĩa Mác-Lê nin",
        ];

        // Info-level notes on abbreviations are allowed beyond the list: they are true of the seeds.
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Where(f => !f.Contains(" RL3007 ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
