using ReportLint.Documents.Word;
using static ReportLint.Tests.Word.RawDocx;

namespace ReportLint.Tests.Word;

/// <summary>
/// Every on/off, number and enumerated attribute reads in ECMA-376's spellings, and a value not
/// understood is ignored (the property reads as absent) instead of throwing.
/// </summary>
public class WordAttributeSpellingTests
{
    private static WordDocumentText Read(byte[] docx) => new WordDocumentReader().Read(new MemoryStream(docx));

    private static string[] Texts(string bodyXml) => [.. Read(WithBody(bodyXml)).Paragraphs.Select(p => p.Text)];

    private static string Val(string? value) => value is null ? string.Empty : $" w:val=\"{value}\"";

    private static string Row(string properties, params string[] cells) =>
        $"<w:tr>{properties}{string.Concat(cells.Select(c => $"<w:tc>{c}{Paragraph("ô")}</w:tc>"))}</w:tr>";

    [Theory]
    [InlineData(null, 1)]
    [InlineData("true", 1)]
    [InlineData("1", 1)]
    [InlineData("on", 1)]
    [InlineData("On", 1)]
    [InlineData("false", 0)]
    [InlineData("0", 0)]
    [InlineData("off", 0)]
    [InlineData("junk", 0)]
    [InlineData("", 0)]
    public void Header_rows_read_every_on_off_spelling(string? value, int headerRows)
    {
        var table = $"<w:tbl>{Row($"<w:trPr><w:tblHeader{Val(value)}/></w:trPr>", "")}{Row("", "")}</w:tbl>";

        Assert.Equal(headerRows, Read(WithBody(table)).Tables.Single().HeaderRowCount);
    }

    [Theory]
    [InlineData(null, "a b")]
    [InlineData("true", "a b")]
    [InlineData("1", "a b")]
    [InlineData("false", "a hidden b")]
    [InlineData("0", "a hidden b")]
    [InlineData("maybe", "a hidden b")]
    public void Hidden_text_reads_every_on_off_spelling(string? value, string expected)
    {
        var body = $"<w:p><w:r><w:t xml:space=\"preserve\">a </w:t></w:r><w:r><w:rPr><w:vanish{Val(value)}/></w:rPr><w:t xml:space=\"preserve\">hidden </w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>";

        Assert.Equal([expected], Texts(body));
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("continue", 2)]
    [InlineData("restart", 1)]
    [InlineData("junk", 1)]
    public void Vertical_merges_read_their_values_and_ignore_unknown_ones(string? value, int rowSpanOfTheFirstCell)
    {
        var table = $"<w:tbl>{Row("", "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>")}{Row("", $"<w:tcPr><w:vMerge{Val(value)}/></w:tcPr>")}</w:tbl>";

        Assert.Equal(rowSpanOfTheFirstCell, Read(WithBody(table)).Tables.Single().Rows[0][0].RowSpan);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("abc", 1)]
    [InlineData("-5", 1)]
    [InlineData("0", 1)]
    [InlineData("2147483647", 63)]
    [InlineData("99999999999999", 1)]
    public void Column_spans_are_numbers_within_the_63_columns_of_a_word_table(string value, int columns)
    {
        var table = $"<w:tbl>{Row("", $"<w:tcPr><w:gridSpan w:val=\"{value}\"/></w:tcPr>")}</w:tbl>";

        Assert.Equal(columns, Read(WithBody(table)).Tables.Single().ColumnCount);
    }

    [Fact]
    public void Skipped_columns_that_are_not_a_number_are_none()
    {
        var table = $"<w:tbl>{Row("<w:trPr><w:gridBefore w:val=\"x\"/></w:trPr>", "")}</w:tbl>";

        Assert.Equal(0, Read(WithBody(table)).Tables.Single().Rows[0][0].Column);
    }

    [Theory]
    [InlineData("0", 1, false)]
    [InlineData("8", 9, false)]
    [InlineData("9", 0, false)]
    [InlineData("one", 0, false)]
    [InlineData("-1", 0, false)]
    public void Outline_levels_that_are_not_a_heading_level_make_no_heading(string value, int headingLevel, bool listItem)
    {
        var paragraph = $"<w:p><w:pPr><w:outlineLvl w:val=\"{value}\"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>";

        var read = Read(WithBody(paragraph)).Paragraphs.Single();

        Assert.Equal((headingLevel, listItem), (read.HeadingLevel, read.IsListItem));
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("0", false)]
    [InlineData("abc", false)]
    public void Numbering_ids_that_are_not_a_number_make_no_list_item(string value, bool listItem)
    {
        var paragraph = $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{value}\"/></w:numPr></w:pPr><w:r><w:t>Ý một</w:t></w:r></w:p>";

        Assert.Equal(listItem, Read(WithBody(paragraph)).Paragraphs.Single().IsListItem);
    }

    [Fact]
    public void A_field_character_of_an_unknown_type_is_ignored()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Tổng </w:t></w:r><w:r><w:fldChar w:fldCharType=\"junk\"/></w:r><w:r><w:t>12</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> người</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

        Assert.Equal(["Tổng 12 người"], Texts(body));
    }

    [Theory]
    [InlineData("page", "a\fb")]
    [InlineData("column", "a\vb")]
    [InlineData("textWrapping", "a\vb")]
    [InlineData("junk", "a\vb")]
    public void Breaks_of_an_unknown_type_are_line_breaks(string type, string expected)
    {
        Assert.Equal([expected], Texts($"<w:p><w:r><w:t>a</w:t><w:br w:type=\"{type}\"/><w:t>b</w:t></w:r></w:p>"));
    }

    [Fact]
    public void Notes_and_styles_of_unknown_types_read_as_the_default_type()
    {
        const string notesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
        const string stylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
        var relationships =
            "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
            + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
        var footnotes = $"<w:footnotes {Namespaces}><w:footnote w:type=\"separator\" w:id=\"-1\">{Paragraph("---")}</w:footnote><w:footnote w:type=\"weird\" w:id=\"1\">{Paragraph("Chú thích")}</w:footnote></w:footnotes>";
        var styles = $"<w:styles {Namespaces}><w:style w:type=\"odd\" w:styleId=\"T\" w:default=\"true\"><w:name w:val=\"heading 2\"/></w:style></w:styles>";

        var read = Read(WithBody(Paragraph("Thân bài"), relationships, ("footnotes.xml", notesType, footnotes), ("styles.xml", stylesType, styles)));

        Assert.Equal(["Thân bài", "Chú thích"], read.Paragraphs.Select(p => p.Text));
        Assert.Equal(2, read.Paragraphs[0].HeadingLevel);
    }
}
