using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Word;

/// <summary>Word drafts written by real producers (Fixtures/zoo/make-zoo): LibreOffice, pandoc, python-docx.</summary>
public class WordProducerZooTests
{
    private static string Zoo => Path.Combine(TestPaths.ProjectDirectory, "Word", "Fixtures", "zoo");

    /// <summary>All three write <c>w:tblHeader w:val="true"</c>, which the schema's on/off-only type does not list.</summary>
    [Theory]
    [InlineData("libreoffice-header-table.docx")]
    [InlineData("pandoc-header-table.docx")]
    [InlineData("python-docx-header-table.docx")]
    public void Header_row_tables_of_every_producer_read_with_their_header_row(string file)
    {
        var draft = DraftLoader.Load(Path.Combine(Zoo, file));

        var table = Assert.Single(draft.Tables);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(["Tỉnh", "Số ca"], table.Rows[0].Select(cell => cell.Prose.Text));
        Assert.Equal(["Hà Nội", "1.250"], table.Rows[1].Select(cell => cell.Prose.Text));
        Assert.Contains(draft.Blocks, block => block.Kind == BlockKind.Heading && block.Prose.Text == "Báo cáo tình hình dịch bệnh");
    }
}
