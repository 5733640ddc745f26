using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Analysis.Fixes;
using ReportLint.Documents;
using ReportLint.Plugins;
using ReportLint.Tests.Infrastructure;
using ReportLint.Tests.Rules;

namespace ReportLint.Tests.Fixes;

/// <summary>
/// Holds every rule that offers fixes to one contract, on its own fixture: once all its fixes are
/// applied, its fixed findings are gone, no other rule finds anything it did not find before, and
/// a second pass of fixes changes nothing. A fix that cannot keep this is not certain.
/// </summary>
public sealed class FixContractTests
{
    public static TheoryData<string> RulesWithFixes()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in FixtureIds())
        {
            if (OffersFixes(fixture))
            {
                data.Add(fixture);
            }
        }

        return data;
    }

    [Fact]
    public void The_rules_known_to_offer_fixes_are_all_held_to_the_contract()
    {
        // A rule that stops offering fixes on its fixture would silently leave this contract.
        var held = FixtureIds().Where(OffersFixes).ToHashSet();
        string[] known = ["RL1002", "RL2001", "RL2002", "RL2003", "RL2004", "RL2005", "RL2009", "RL3001", "RL3002", "RL3003", "RL3006", "RL3010", "RL4004"];
        Assert.Superset(known.ToHashSet(), held);
        Assert.Subset(known.ToHashSet(), held);
    }

    [Theory]
    [MemberData(nameof(RulesWithFixes))]
    public void Applying_a_rules_fixes_to_its_fixture_leaves_no_fixed_finding_and_no_new_one(string ruleId)
    {
        var draft = DraftLoader.FromText(ruleId + ".md", SourceText.From(FixtureText(ruleId)));
        AssertContract(ruleId, draft, Lint.EngineFor(ruleId), Lint.Engine);
    }

    [Fact]
    public void The_example_plugin_is_held_to_the_contract_if_it_offers_fixes()
    {
        var cache = Path.Combine(Path.GetTempPath(), "reportlint-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var plugin = new PluginCompiler(cache).Load([Path.Combine(TestPaths.RepositoryRoot, "examples", "plugins", "NoPlaceholderMarkers.cs")]);
            var draft = DraftLoader.FromText("plugin.md", SourceText.From("Đoạn này TODO bổ sung số liệu; XXX kiểm tra lại, FIXME.\n"));
            var alone = new LintEngine(plugin);
            Assert.NotEmpty(Lint.Draft(draft).Diagnostics.Concat(alone.Analyze(draft, Lint.Loader.Defaults).Diagnostics));
            AssertContract(plugin[0].SupportedDiagnostics[0].Id, draft, alone, new LintEngine(Lint.Engine.Analyzers.Concat(plugin)));
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }

    private static void AssertContract(string ruleId, Draft draft, LintEngine rule, LintEngine everyRule)
    {
        LintResult LintRule(Draft d) => rule.Analyze(d, Lint.Loader.Defaults);
        var before = LintRule(draft).Diagnostics.Where(d => d.Id == ruleId).ToList();
        var outcome = FixLoop.Run(draft, LintRule, FixLoop.ApplyToText, maxPasses: 1);

        // One pass applies every fix: the fixes of one rule on its fixture never overlap.
        Assert.True(outcome.Converged, $"{ruleId}: a second pass still finds fixes:\n{Describe(outcome.Remaining)}");
        Assert.Equal(before.Count(HasFix), outcome.FixCount);

        // Its fixed findings are gone; those without a fix remain, and nothing new of its own appears.
        var after = outcome.Remaining.Diagnostics.Where(d => d.Id == ruleId).ToList();
        Assert.True(before.Count(d => !HasFix(d)) == after.Count, $"{ruleId} after its fixes:\n{Describe(outcome.Remaining)}\n\n{outcome.Fixed.Text}");

        // No other rule finds what it did not find before (the same rule on the same words).
        var othersBefore = Findings(everyRule.Analyze(draft, Lint.Loader.Defaults), ruleId);
        var othersAfter = Findings(everyRule.Analyze(outcome.Fixed, Lint.Loader.Defaults), ruleId);
        var appeared = othersAfter.Except(othersBefore).ToList();
        Assert.True(appeared.Count == 0, $"{ruleId}'s fixes made new findings:\n  {string.Join("\n  ", appeared)}\n\n{outcome.Fixed.Text}");

        // A second pass changes nothing.
        var again = FixLoop.Run(outcome.Fixed, LintRule, FixLoop.ApplyToText);
        Assert.False(again.Changed, $"{ruleId}: a second pass changed the text");
    }

    /// <summary>The other rules' findings as rule and flagged words (positions move when text is fixed), counted.</summary>
    private static ImmutableHashSet<string> Findings(LintResult result, string except)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Id != except))
        {
            var key = $"{diagnostic.Id} “{result.Draft.Text.ToString(diagnostic.Location.SourceSpan)}”";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return [.. counts.Select(c => $"{c.Key} ×{c.Value}")];
    }

    private static IEnumerable<string> FixtureIds() =>
        Directory.GetFiles(RuleFixtureTests.FixtureFolder, "RL*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    private static bool OffersFixes(string ruleId) =>
        Lint.Text(FixtureText(ruleId), ruleId + ".md", Lint.EngineFor(ruleId)).Diagnostics.Any(HasFix);

    private static string Describe(LintResult result) => string.Join("\n", result.Diagnostics.Select(d => Lint.Describe(d)));

    private static bool HasFix(Diagnostic diagnostic) => FixData.TryGet(diagnostic, out _);

    private static string FixtureText(string ruleId) =>
        Markup.Parse(File.ReadAllText(Path.Combine(RuleFixtureTests.FixtureFolder, ruleId + ".md"))).Text;
}
