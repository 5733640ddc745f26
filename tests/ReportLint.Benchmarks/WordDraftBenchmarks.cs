using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Benchmarks;

/// <summary>
/// Reads and lints a 100-page Word draft (about 50,000 words of the seeds' report text, with
/// headings, runs split by formatting and a figures table every few pages), from its bytes.
/// Target: under 500 ms. Run: dotnet run -c Release --project tests/ReportLint.Benchmarks -- --filter '*Word*'
/// </summary>
[MemoryDiagnoser]
public class WordDraftBenchmarks
{
    private const int Words = 50_000;

    private byte[] _docx = null!;
    private LintEngine _engine = null!;
    private LintConfiguration _configuration = null!;

    [GlobalSetup]
    public void Setup()
    {
        _docx = GenerateDraft(Words);
        _engine = LintEngine.CreateDefault();
        _configuration = new ConfigurationLoader(_engine.Schema).Defaults;
        var draft = ReadWordDraft();
        Console.WriteLine($"// Word draft: {_docx.Length / 1e3:F0} kB, {draft.Text.Lines.Count} paragraphs, {draft.Tables.Length} tables");
    }

    [Benchmark]
    public Draft ReadWordDraft() => DraftLoader.FromBytes("draft.docx", _docx);

    [Benchmark]
    public object ReadAndLintWordDraft() => _engine.Analyze(ReadWordDraft(), _configuration);

    private static byte[] GenerateDraft(int words)
    {
        var seeds = BenchmarkDrafts.SeedParagraphs();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            var body = new Body();
            var written = 0;
            for (var i = 0; written < words; i++)
            {
                if (i % 25 == 0)
                {
                    body.AppendChild(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), Plain($"Phần {i / 25 + 1}. Kết quả thực hiện nhiệm vụ")));
                }

                var text = seeds[i % seeds.Length];
                body.AppendChild(SplitByFormatting(text));
                written += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (i % 60 == 59)
                {
                    body.AppendChild(FiguresTable(i));
                }
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    // Real drafts break text into runs wherever formatting or proofing marks change.
    private static Paragraph SplitByFormatting(string text)
    {
        var third = text.Length / 3;
        return new Paragraph(
            Plain(text[..third]),
            new Run(new RunProperties(new Bold()), new WordText(text[third..(2 * third)]) { Space = SpaceProcessingModeValues.Preserve }),
            new ProofError { Type = ProofingErrorValues.SpellStart },
            Plain(text[(2 * third)..]));
    }

    private static Table FiguresTable(int seed)
    {
        var table = new Table(new TableProperties());
        table.AppendChild(new TableRow(new TableRowProperties(new TableHeader()), Cell("Đơn vị"), Cell("Năm 2019"), Cell("Năm 2020")));
        for (var row = 1; row <= 4; row++)
        {
            table.AppendChild(new TableRow(Cell($"Xã {row}"), Cell($"{(seed + row) * 13 % 500}"), Cell($"{(seed + row) * 17 % 500}")));
        }

        return table;
    }

    private static TableCell Cell(string text) => new(new Paragraph(Plain(text)));

    private static Run Plain(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
}
