using System.Text;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules;

/// <summary>Holds every rule to the same contract, as StyleCop's meta-tests do.</summary>
public sealed class RuleContractTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Lint.Engine.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Rule_ids_are_unique_and_follow_the_family_scheme()
    {
        var ids = Lint.Engine.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^RL[1-49][0-9]{3}$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_a_help_link_and_messages_in_both_languages(string id)
    {
        var descriptor = Lint.Engine.Descriptors.Single(d => d.Id == id);
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith($"# {id}", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Equal(RuleDescriptors.HelpUri(id), descriptor.HelpLinkUri);

        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi");
        var en = System.Globalization.CultureInfo.GetCultureInfo("en");
        foreach (var text in new[] { descriptor.Title, descriptor.MessageFormat, descriptor.Description })
        {
            Assert.False(string.IsNullOrWhiteSpace(text.ToString(vi)), $"{id} lacks a Vietnamese text");
            Assert.False(string.IsNullOrWhiteSpace(text.ToString(en)), $"{id} lacks an English text");
        }

        Assert.NotEqual(descriptor.Title.ToString(vi), descriptor.Title.ToString(en));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_outside_the_tool_family_has_a_fixture(string id)
    {
        if (id.StartsWith("RL9", StringComparison.Ordinal))
        {
            return;
        }

        Assert.True(File.Exists(Path.Combine(RuleFixtureTests.FixtureFolder, id + ".md")), $"Rules/Fixtures/{id}.md is missing");
    }

    [Fact]
    public void No_rule_reports_on_an_empty_draft()
    {
        foreach (var path in new[] { "empty.md", "empty.txt" })
        {
            Assert.Empty(Lint.Text(string.Empty, path).Diagnostics);
        }
    }

    [Fact]
    public void No_rule_throws_on_a_megabyte_of_random_unicode()
    {
        var random = new Random(20261122);
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            // Mostly Vietnamese letters, digits and punctuation, with any code point now and then.
            text.Append(random.Next(10) switch
            {
                0 => (char)random.Next(0x20, 0xFFFF),
                1 => ' ',
                2 => Pick(random, "0123456789.,;:/%-–—“”()[]!?…\n|#*`<>"),
                _ => Pick(random, "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ"),
            });
        }

        foreach (var path in new[] { "random.md", "random.txt" })
        {
            var result = Lint.Text(text.ToString(), path);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == ToolDiagnostics.RuleFailed.Id);
        }
    }

    private static char Pick(Random random, string characters) => characters[random.Next(characters.Length)];
}
