using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>
/// Whole drafts on subjects other than the seeds (farmers' and youth unions, health insurance,
/// budgets, schools, poverty), each marked with every arithmetic finding it must produce; all
/// other sentences must stay silent.
/// </summary>
public sealed class ArithmeticDraftTests
{
    public static TheoryData<string> Drafts() => new(Directory.GetFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    private static string Folder => Path.Combine(TestPaths.ProjectDirectory, "Rules", "Arithmetic", "Drafts");

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Every_marked_finding_and_nothing_else(string draft)
    {
        var markup = Markup.Parse(File.ReadAllText(Path.Combine(Folder, draft)));
        var expected = markup.Spans.Select(s => $"{s.RuleId} {Quote(markup.Text, s.Span)}").Order(StringComparer.Ordinal).ToList();
        var actual = ArithmeticTestEngine.Findings(markup.Text, draft)
            .Select(d => $"{d.Id} {Quote(markup.Text, d.Location.SourceSpan)}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static string Quote(string text, Microsoft.CodeAnalysis.Text.TextSpan span) => $"“{text.Substring(span.Start, span.Length)}”";
}
