using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Word;

/// <summary>
/// A seed's committed .docx (one paragraph per non-blank line of its .txt, see convert-seeds.py)
/// gives the same findings as its text, paragraph for paragraph.
/// </summary>
public partial class WordSeedParityTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

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

    /// <summary>
    /// Where a finding is, in paragraphs, with its ID, message and related places. A message that
    /// cites a line ("trùng với đoạn văn ở dòng 6") cites the same paragraph's line in the .docx.
    /// </summary>
    private static (int, int, int, int, string, string, string) Finding(Diagnostic diagnostic, Func<int, int> paragraphOf)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        // A line of the text cites the same place as a paragraph of the document: "ở dòng 4", "ở đoạn 4".
        var message = CitedLine().Replace(diagnostic.GetMessage(Vietnamese), m => "ở đoạn " + (paragraphOf(int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture) - 1) + 1).ToString(CultureInfo.InvariantCulture));
        var related = string.Join(' ', diagnostic.AdditionalLocations.Select(l => paragraphOf(l.GetLineSpan().StartLinePosition.Line)));
        return (paragraphOf(span.Start.Line), span.Start.Character, paragraphOf(span.End.Line), span.End.Character, diagnostic.Id, message, related);
    }

    [GeneratedRegex(@"ở (?:dòng|đoạn) (?<number>\d+)")]
    private static partial Regex CitedLine();
}
