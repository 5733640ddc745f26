using System.Text;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules;

/// <summary>
/// Every rule has a Markdown fixture, <c>Fixtures/RL####.md</c>, whose markup says exactly where
/// its findings start and end; the messages are kept in a snapshot in both languages.
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder, "RL*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static string FixtureFolder => Path.Combine(TestPaths.ProjectDirectory, "Rules", "Fixtures");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture(string ruleId)
    {
        var markup = Markup.Parse(File.ReadAllText(Path.Combine(FixtureFolder, ruleId + ".md")));
        var result = Lint.Text(markup.Text, ruleId + ".md", Lint.EngineFor(ruleId));
        var ruleIds = result.Diagnostics.Select(d => d.Id).Append(ruleId).ToHashSet();

        var expected = markup.Spans.Select(s => $"{s.RuleId ?? ruleId} {s.Span}").Order(StringComparer.Ordinal).ToList();
        var actual = result.Diagnostics.Where(d => ruleIds.Contains(d.Id)).Select(d => $"{d.Id} {d.Location.SourceSpan}").Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), Explain(markup.Text, expected, actual));

        var snapshot = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            snapshot.AppendLine(Lint.Describe(diagnostic));
            snapshot.AppendLine("    en: " + diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")));
        }

        Snapshot.Verify(typeof(RuleFixtureTests), nameof(Fixture), snapshot.ToString(), ruleId);
    }

    private static string Explain(string text, List<string> expected, List<string> actual)
    {
        string Show(string entry)
        {
            var span = entry[(entry.IndexOf('[') + 1)..entry.IndexOf(')')].Split("..").Select(int.Parse).ToArray();
            return $"{entry} “{text[span[0]..span[1]]}”";
        }

        var missing = expected.Except(actual).Select(Show);
        var extra = actual.Except(expected).Select(Show);
        return $"Missing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}";
    }
}
