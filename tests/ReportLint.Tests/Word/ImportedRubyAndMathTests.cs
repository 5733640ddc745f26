using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Tests.Infrastructure;
using static ReportLint.Tests.Word.RawDocx;

namespace ReportLint.Tests.Word;

/// <summary>Text Word shows that older readers dropped: imported HTML and text, ruby bases, equations.</summary>
public class ImportedRubyAndMathTests
{
    private const string AltChunkRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk";

    private static WordDocumentText Read(byte[] docx) => new WordDocumentReader().Read(new MemoryStream(docx));

    private static byte[] WithChunk(string contentType, string name, string content) => WithBody(
        Paragraph("Trước") + "<w:altChunk r:id=\"rId5\"/>" + Paragraph("Sau"),
        $"<Relationship Id=\"rId5\" Type=\"{AltChunkRelationship}\" Target=\"{name}\"/>",
        (name, contentType, content));

    [Fact]
    public void Imported_html_is_read_in_place_one_paragraph_per_block_as_its_own_part()
    {
        const string html = "<html><head><title>Tiêu đề ẩn</title><style>p { color: red }</style></head><body>"
            + "<p>Đoạn <b>một</b> &amp;   hai</p><!-- ghi chú ẩn --><table><tr><td>Ô 1</td><td>Ô&nbsp;2</td></tr></table>dòng<br>cuối"
            + "<script>var x = 'ẩn';</script></body></html>";

        var text = Read(WithChunk("text/html", "chunk.html", html));

        Assert.Equal(
            [
                ("Trước", "Body"), ("Đoạn một & hai", "ImportedContent 1"), ("Ô 1", "ImportedContent 1"),
                ("Ô\u00A02", "ImportedContent 1"), ("dòng", "ImportedContent 1"), ("cuối", "ImportedContent 1"), ("Sau", "Body"),
            ],
            text.Paragraphs.Select(p => (p.Text, p.Part.ToString())));
    }

    [Fact]
    public void Imported_plain_text_is_read_one_paragraph_per_line()
    {
        var text = Read(WithChunk("text/plain", "chunk.txt", "Dòng một\r\n\r\nDòng hai\n"));

        Assert.Equal(["Trước", "Dòng một", "Dòng hai", "Sau"], text.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Imported_formats_that_are_not_read_leave_the_rest_in_place()
    {
        var text = Read(WithChunk("application/rtf", "chunk.rtf", "{\\rtf1 Chữ RTF}"));

        Assert.Equal(["Trước", "Sau"], text.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Ruby_reads_its_base_and_not_the_annotation_above_it()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Chữ </w:t></w:r><w:r><w:ruby><w:rubyPr/>"
            + "<w:rt><w:r><w:t>かんじ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>漢字</w:t></w:r></w:rubyBase></w:ruby></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> là chữ Hán</w:t></w:r></w:p>";

        Assert.Equal(["Chữ 漢字 là chữ Hán"], Read(WithBody(body)).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_equation_is_its_text_in_the_draft_and_one_token_in_the_prose()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Với </w:t></w:r><m:oMath><m:r><m:t>x</m:t></m:r><m:r><m:t>=2,5</m:t></m:r></m:oMath>"
            + "<w:r><w:t xml:space=\"preserve\"> thì tổng là của của 7.</w:t></w:r></w:p>";
        var draft = WordDraftReader.FromText("bai.docx", Read(WithBody(body)));

        Assert.Equal("Với x=2,5 thì tổng là của của 7.", draft.Text.ToString());
        Assert.Equal("Với \uFFFC thì tổng là của của 7.", Assert.Single(draft.Blocks).Prose.Text);

        // No doubled space where the equation was, and the duplicated word is still found.
        Assert.Equal(["RL2001"], Lint.Draft(draft).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Findings_beside_an_equation_and_in_imported_text_annotate_a_valid_copy()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Với </w:t></w:r><m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath>"
            + "<w:r><w:t xml:space=\"preserve\"> thì của của 7.</w:t></w:r></w:p><w:altChunk r:id=\"rId5\"/>";
        var docx = WithBody(
            body,
            $"<Relationship Id=\"rId5\" Type=\"{AltChunkRelationship}\" Target=\"chunk.txt\"/>",
            ("chunk.txt", "text/plain", "Theo chỉ đạo của của Tỉnh ủy."));
        using var cli = new Cli.CliHarness();
        cli.WriteBytes("bai.docx", docx);

        var result = cli.Run("check", "bai.docx", "--annotate", "bai.reviewed.docx");

        Assert.Equal(1, result.ExitCode);
        var reviewed = File.ReadAllBytes(Path.Combine(cli.Folder, "bai.reviewed.docx"));
        WordReviewDocuments.AssertValid(reviewed, original: docx);
        // Comments cannot be anchored in imported content: its finding is told at the body's start.
        Assert.Equal([string.Empty, "của của"], WordReviewDocuments.Comments(reviewed).Select(c => c.Covered));
        Assert.Contains("bai.docx(đoạn 2, 14, nội dung nhúng 1): cảnh báo RL2001", result.Output, StringComparison.Ordinal);
    }
}
