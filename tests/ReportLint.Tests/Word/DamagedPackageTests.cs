using ReportLint.Documents.Word;
using static ReportLint.Tests.Word.RawDocx;
using static ReportLint.Tests.Word.WordFixture;

namespace ReportLint.Tests.Word;

/// <summary>Broken packages are read errors with a reason, never an exception of the SDK's.</summary>
public class DamagedPackageTests
{
    private const string HeaderRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";

    private static WordDocumentRejectedException Rejection(byte[] docx) =>
        Assert.Throws<WordDocumentRejectedException>(() => new WordDocumentReader().Read(new MemoryStream(docx)));

    [Fact]
    public void A_header_reference_to_a_missing_part_is_a_damaged_package()
    {
        var body = Paragraph("Thân bài") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\"/></w:sectPr>";
        var relationships = $"<Relationship Id=\"rId9\" Type=\"{HeaderRelationship}\" Target=\"header1.xml\"/>";

        var rejection = Rejection(WithBody(body, relationships));

        Assert.Equal(WordRejectionReason.CorruptFile, rejection.Reason);
        Assert.Equal("The part '/word/document.xml' refers to '/word/header1.xml', which the package does not hold.", rejection.Message);
    }

    [Fact]
    public void A_header_reference_with_an_id_no_relationship_has_shows_nothing()
    {
        var body = Paragraph("Thân bài") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId404\"/></w:sectPr>";

        Assert.Equal(["Thân bài"], new WordDocumentReader().Read(new MemoryStream(WithBody(body))).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void External_and_absolute_targets_are_not_parts_to_look_for()
    {
        var relationships =
            "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://vnexpress.net/a%20b\" TargetMode=\"External\"/>"
            + $"<Relationship Id=\"rId6\" Type=\"{HeaderRelationship}\" Target=\"/word/header1.xml\"/>";
        var header = $"<w:hdr {Namespaces}>{Paragraph("Đầu trang")}</w:hdr>";
        var docx = WithBody(
            Paragraph("Thân bài") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId6\"/></w:sectPr>",
            relationships,
            ("header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", header));

        Assert.Equal(["Thân bài", "Đầu trang"], new WordDocumentReader().Read(new MemoryStream(docx)).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_package_whose_main_part_is_missing_is_a_damaged_package()
    {
        var withoutMain = HostileFiles.ZipOf(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>"),
            ("_rels/.rels", Relationships("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>")));

        Assert.Equal(WordRejectionReason.CorruptFile, Rejection(withoutMain).Reason);
    }

    /// <summary>Every byte of a small document overwritten in turn: each version reads or is refused.</summary>
    [Fact]
    public void Any_damaged_byte_reads_or_is_refused()
    {
        var docx = WithBody(P("Báo cáo năm 2019"), Table(HeaderRow(Cell("Tỉnh")), Row(Cell("Hà Nội"))));
        var outcomes = new Dictionary<string, int>();
        for (var position = 0; position < docx.Length; position++)
        {
            var damaged = (byte[])docx.Clone();
            damaged[position] ^= 0x5A;
            string outcome;
            try
            {
                new WordDocumentReader().Read(new MemoryStream(damaged));
                outcome = "read";
            }
            catch (WordDocumentRejectedException rejection)
            {
                outcome = rejection.Reason.ToString();
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.Equal(docx.Length, outcomes.Values.Sum());
        Assert.Contains("CorruptFile", outcomes.Keys);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(90)]
    public void Tables_nested_beyond_the_depth_limit_are_refused_before_the_tree_is_built(int tables)
    {
        var body = Paragraph("Bảng") + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", tables)) + Paragraph("ô")
            + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", tables));

        var rejection = Rejection(WithBody(body));

        Assert.Equal((WordRejectionReason.NestedTooDeeply, 256L), (rejection.Reason, rejection.Limit));
        Assert.Equal("The part 'word/document.xml' nests elements more than 256 levels deep.", rejection.Message);
    }

    [Fact]
    public void Tables_nested_within_the_depth_limit_are_read()
    {
        const int tables = 80;
        var body = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", tables)) + Paragraph("ô trong cùng")
            + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", tables));

        var text = new WordDocumentReader().Read(new MemoryStream(WithBody(body)));

        Assert.Equal(tables, text.Tables.Count);
        Assert.Equal(tables - 1, text.Paragraphs.Single().Table!.Value.NestingLevel);
    }

    [Fact]
    public void Ten_thousand_smart_tags_side_by_side_are_unwrapped_in_one_pass()
    {
        const string tag = "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">";
        var body = "<w:p>" + string.Concat(Enumerable.Repeat(tag + "<w:r><w:t>a</w:t></w:r></w:smartTag>", 10_000)) + "</w:p>";

        // How long this takes is measured by scripts/pathological, not asserted here: timings on a shared CI machine only make a test flaky.
        var text = new WordDocumentReader().Read(new MemoryStream(WithBody(body)));

        Assert.Equal(new string('a', 10_000), text.Paragraphs.Single().Text);
    }
}
