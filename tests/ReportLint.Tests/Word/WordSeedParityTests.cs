using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Word;

/// <summary>
/// A seed's committed .docx (one paragraph per non-blank line of its .txt, see convert-seeds.py)
/// gives the same findings as its text, paragraph for paragraph.
/// </summary>
public class WordSeedParityTests
{
    public static TheoryData<string> Seeds => WordSeedTests.Seeds;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Findings_on_the_docx_equal_those_on_the_txt_paragraph_for_paragraph(string seed)
    {
        var text = DraftLoader.Load(Path.Combine(TestPaths.Seeds, seed + ".txt"));
        var paragraphOfLine = ParagraphOfEachLine(text);

        var expected = Lint.Draft(text).Diagnostics.Select(d => Finding(d, line => paragraphOfLine[line]));
        var actual = Lint.Draft(DraftLoader.Load(DocxOf(seed))).Diagnostics.Select(d => Finding(d, paragraph => paragraph));

        Assert.NotEmpty(text.Blocks);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Findings_on_the_docx(string seed)
    {
        var findings = Lint.Draft(DraftLoader.Load(DocxOf(seed))).Diagnostics.Select(d => Lint.Describe(d));

        Snapshot.Verify(typeof(WordSeedParityTests), nameof(Findings_on_the_docx), string.Join('\n', findings), seed);
    }

    internal static string DocxOf(string seed) =>
        Path.Combine(TestPaths.ProjectDirectory, "Word", "Fixtures", "seeds", seed + ".docx");

    /// <summary>Blank lines become no paragraph, so the paragraph of a line counts the non-blank lines before it.</summary>
    private static int[] ParagraphOfEachLine(Draft text)
    {
        var paragraph = -1;
        return [.. text.Text.Lines.Select(line => string.IsNullOrWhiteSpace(text.Text.ToString(line.Span)) ? Math.Max(paragraph, 0) : ++paragraph)];
    }

    private static (int, int, int, int, string, string) Finding(Microsoft.CodeAnalysis.Diagnostic diagnostic, Func<int, int> paragraphOf)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        return (paragraphOf(span.Start.Line), span.Start.Character, paragraphOf(span.End.Line), span.End.Character, diagnostic.Id, diagnostic.GetMessage());
    }
}
