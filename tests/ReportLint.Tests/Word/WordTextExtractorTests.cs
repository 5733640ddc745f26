using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Documents.Word;
using static ReportLint.Tests.Word.WordFixture;

namespace ReportLint.Tests.Word;

public class WordTextExtractorTests
{
    [Fact]
    public void Text_split_across_runs_is_one_text()
    {
        var docx = WithBody(P(R("Các"), new ProofError(), R(" các"), new BookmarkStart { Id = "1", Name = "b" }, R(" đơn vị")));

        Assert.Equal(["Các các đơn vị"], Texts(docx));
    }

    [Fact]
    public void Run_map_points_each_character_at_its_run_and_offset()
    {
        var docx = WithBody(P(R("Các"), new Run(new RunProperties(new Bold()), T(" các"), new TabChar())));

        var map = Read(docx).Paragraphs.Single().RunMap;

        var second = map.Locate(4);
        Assert.Equal(" các", Assert.IsType<DocumentFormat.OpenXml.Wordprocessing.Text>(second.Source).Text);
        Assert.Equal(1, second.OffsetInSource);
        Assert.NotNull(second.Run!.RunProperties?.Bold);
        Assert.IsType<TabChar>(map.Locate(7).Source);
        Assert.Equal([(0, 3), (3, 4), (7, 1)], map.Segments.Select(s => (s.Start, s.Length)));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Locate(8));
    }

    [Fact]
    public void Special_characters_read_as_word_shows_them()
    {
        var docx = WithBody(P(new Run(
            T("a"), new TabChar(), T("b"), new Break(), T("c"), new Break { Type = BreakValues.Page },
            new CarriageReturn(), T("d"), new NoBreakHyphen(), T("e"), new SoftHyphen(), T("f"),
            new SymbolChar { Font = "Symbol", Char = "F0B7" }, new SymbolChar { Font = "Times New Roman", Char = "00A7" },
            new PositionalTab { Alignment = AbsolutePositionTabAlignmentValues.Right, RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin, Leader = AbsolutePositionTabLeaderCharValues.None },
            T("dòng 1\ndòng 2"))));

        Assert.Equal(["a\tb\vc\f\vd\u2011ef\uF0B7§\tdòng 1 dòng 2"], Texts(docx));
    }

    [Fact]
    public void Field_results_are_read_and_field_codes_are_not()
    {
        var docx = WithBody(
            P(R("Tổng: "), Field(FieldCharValues.Begin), new Run(new FieldCode(" =SUM(ABOVE) ")), Field(FieldCharValues.Separate),
                R("1.250"), Field(FieldCharValues.End), R(" người")),
            P(R("Trang "), new SimpleField(R("3")) { Instruction = "PAGE" }, R(" / "),
                Field(FieldCharValues.Begin), new Run(new FieldCode("NUMPAGES")), Field(FieldCharValues.End), R("hết")),
            P(Field(FieldCharValues.Begin), new Run(new FieldCode("IF ")), Field(FieldCharValues.Begin), new Run(new FieldCode("PAGE")),
                Field(FieldCharValues.Separate), R("7"), Field(FieldCharValues.End), new Run(new FieldCode(" = 1 \"a\" \"b\"")),
                Field(FieldCharValues.Separate), R("b"), Field(FieldCharValues.End)));

        Assert.Equal(["Tổng: 1.250 người", "Trang 3 / hết", "b"], Texts(docx));
    }

    [Fact]
    public void Field_result_may_span_paragraphs()
    {
        var docx = WithBody(
            P(R("Mục lục "), Field(FieldCharValues.Begin), new Run(new FieldCode("TOC \\o")), Field(FieldCharValues.Separate), R("1. Mở đầu")),
            P(R("2. Kết quả"), Field(FieldCharValues.End)));

        Assert.Equal(["Mục lục 1. Mở đầu", "2. Kết quả"], Texts(docx));
    }

    [Fact]
    public void Tracked_changes_read_as_if_accepted()
    {
        var deletedMark = new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "9", Author = "A" }));
        var docx = WithBody(
            P(R("Doanh thu "), new DeletedRun(new Run(new DeletedText("giảm "), new TabChar())) { Id = "1", Author = "A" },
                new InsertedRun(R("tăng ")) { Id = "2", Author = "A" }, R("5%"),
                new MoveFromRun(R(" (năm trước)")) { Id = "3", Author = "A" }),
            new Paragraph(deletedMark, R("Đoạn bị nhập ")),
            P(R("vào đoạn sau."), new MoveToRun(R(" (năm trước)")) { Id = "4", Author = "A" }),
            P(new DeletedRun(new Run(new DeletedFieldCode("PAGE"), new DeletedText("xoá"))) { Id = "5", Author = "A" }));

        Assert.Equal(["Doanh thu tăng 5%", "Đoạn bị nhập vào đoạn sau. (năm trước)", string.Empty], Texts(docx));
    }

    [Fact]
    public void Hidden_text_comments_and_numbering_labels_are_not_text()
    {
        var numbered = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
        var docx = WithBody(
            new Paragraph(numbered, R("Mục một")),
            P(new CommentRangeStart { Id = "0" }, R("Có "), new Run(new RunProperties(new Vanish()), T("ẩn ")),
                new Run(new RunProperties(new Vanish { Val = false }), T("hiện")), new CommentRangeEnd { Id = "0" },
                new Run(new CommentReference { Id = "0" })));

        Assert.Equal(["Mục một", "Có hiện"], Texts(docx));
    }

    [Fact]
    public void Content_controls_hyperlinks_smart_tags_and_custom_xml_are_read_in_place()
    {
        var docx = WithBody(
            new SdtBlock(new SdtProperties(new Tag { Val = "t" }), new SdtContentBlock(P("Trong khối"))),
            P(R("Xem "), new Hyperlink(R("trang web")) { Id = "rId99" }, R(", "),
                new SdtRun(new SdtProperties(new SdtAlias { Val = "ngày" }), new SdtContentRun(R("16/01/2020"))), R(", "),
                new CustomXmlRun(R("x")) { Element = "e" }),

            // The SDK has no type for w:smartTag (Word 2010 stopped writing them) but old drafts hold them.
            new Paragraph(SmartTagParagraphXml));

        Assert.Equal(["Trong khối", "Xem trang web, 16/01/2020, x", "Hà Nội đẹp"], Texts(docx));
    }

    [Fact]
    public void Merged_and_nested_table_cells_are_read_in_reading_order()
    {
        var docx = WithBody(
            P("Trước bảng"),
            Table(
                Row(Cell("Đơn vị"), Spanning(2, Cell("Năm"))),
                Row(Merged(MergedCellValues.Restart, Cell("A")), Cell("2019"), Cell("2020")),
                Row(Merged(null, Cell(P())), Cell("10"), Cell(Table(Row(Cell("x"), Cell("y"))), P()))),
            P("Sau bảng"));

        var text = Read(docx);

        Assert.Equal(
            [
                ("Trước bảng", null),
                ("Đơn vị", new WordTablePosition(0, 0, 0, 0)),
                ("Năm", new WordTablePosition(0, 0, 1, 0)),
                ("A", new WordTablePosition(0, 1, 0, 0)),
                ("2019", new WordTablePosition(0, 1, 1, 0)),
                ("2020", new WordTablePosition(0, 1, 2, 0)),
                (string.Empty, new WordTablePosition(0, 2, 0, 0)),
                ("10", new WordTablePosition(0, 2, 1, 0)),
                ("x", new WordTablePosition(1, 0, 0, 1)),
                ("y", new WordTablePosition(1, 0, 1, 1)),
                (string.Empty, new WordTablePosition(0, 2, 2, 0)),
                ("Sau bảng", (WordTablePosition?)null),
            ],
            text.Paragraphs.Select(p => (p.Text, p.Table)));
        Assert.Equal("Trước bảng\nĐơn vị\nNăm\nA\n2019\n2020\n\n10\nx\ny\n\nSau bảng", text.Text);
    }

    [Fact]
    public void Table_grid_is_rectangular_with_merges_resolved()
    {
        var docx = WithBody(Table(
            Row(Cell("Đơn vị"), Spanning(2, Cell("Năm"))),
            Row(Merged(MergedCellValues.Restart, Cell("A")), Cell("2019"), Cell("2020")),
            Row(Merged(null, Cell(P())), Cell("10"), Cell(Table(Row(Cell("x"), Cell("y"))), P())),
            new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("lệch")),
            new TableRow(new TableRowProperties(new Deleted { Id = "1", Author = "A" }), Cell("xoá"), Cell("xoá"), Cell("xoá"))));

        var tables = Read(docx).Tables;

        var outer = tables[0];
        Assert.Equal((3, 4, 0, (WordTablePosition?)null), (outer.ColumnCount, outer.Rows.Count, outer.NestingLevel, outer.ParentCell));
        Assert.Equal(
            [
                "(0,0 1x1: 0) (0,1 1x2: 1) (0,1 1x2: 1)",
                "(1,0 2x1: 2 5) (1,1 1x1: 3) (1,2 1x1: 4)",
                "(1,0 2x1: 2 5) (2,1 1x1: 6) (2,2 1x1: 9)",
                "(3,0 1x1: ) (3,1 1x1: 10) (3,2 1x1: )",
            ],
            outer.Rows.Select(row => string.Join(' ', row.Select(Describe))));
        Assert.Same(outer.Rows[1][0], outer.Rows[2][0]);
        Assert.Same(outer.Rows[0][1], outer.Rows[0][2]);

        var nested = tables[1];
        Assert.Equal((1, new WordTablePosition(0, 2, 2, 0)), (nested.NestingLevel, nested.ParentCell));
        Assert.Equal(["(0,0 1x1: 7) (0,1 1x1: 8)"], nested.Rows.Select(row => string.Join(' ', row.Select(Describe))));
    }

    [Fact]
    public void Text_boxes_are_read_once_after_the_paragraph_that_anchors_them()
    {
        var docx = WithBody(new Paragraph(TextBoxParagraphXml), P("Tiếp theo"));

        var text = Read(docx);

        Assert.Equal(
            [("Trước sau", "Body"), ("Trong hộp", "TextBox 1"), ("Dòng hai", "TextBox 1"), ("Tiếp theo", "Body")],
            text.Paragraphs.Select(p => (p.Text, p.Part.ToString())));
    }

    [Fact]
    public void Notes_headers_and_footers_follow_the_body_as_labelled_parts()
    {
        var docx = Create(main =>
        {
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(P(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(P(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(P(new Run(new FootnoteReferenceMark()), R(" Nguồn: Tổng cục Thống kê."))) { Id = 1 },
                new Footnote(P("Số liệu sơ bộ."), P("Còn đoạn hai.")) { Id = 2 });
            var endnotes = main.AddNewPart<EndnotesPart>();
            endnotes.Endnotes = new Endnotes(new Endnote(P(new Run(new EndnoteReferenceMark()), R(" Ghi chú cuối."))) { Id = 1 });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(P("Đầu trang"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(P(R("Trang "), new SimpleField(R("1")) { Instruction = "PAGE" }));
            main.AddNewPart<HeaderPart>().Header = new Header(P("Không được dùng"));
            main.Document.Body!.Append(
                P(R("Năm 2019"), new Run(new FootnoteReference { Id = 1 }), R(" và 2020"), new Run(new FootnoteReference { Id = 2 }),
                    new Run(new EndnoteReference { Id = 1 })),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(footer) }));
        });

        Assert.Equal(
            [
                ("Năm 2019 và 2020", "Body"),
                (" Nguồn: Tổng cục Thống kê.", "Footnote 1"),
                ("Số liệu sơ bộ.", "Footnote 2"),
                ("Còn đoạn hai.", "Footnote 2"),
                (" Ghi chú cuối.", "Endnote 1"),
                ("Đầu trang", "Header 1"),
                ("Trang 1", "Footer 1"),
            ],
            Read(docx).Paragraphs.Select(p => (p.Text, p.Part.ToString())));
    }

    private static string Describe(WordTableCell cell) =>
        $"({cell.Row},{cell.Column} {cell.RowSpan}x{cell.ColumnSpan}: {string.Join(' ', cell.Paragraphs)})";

    private const string SmartTagParagraphXml = """
        <w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">
            <w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City"><w:r><w:t>Hà Nội</w:t></w:r></w:smartTag>
          </w:smartTag><w:r><w:t xml:space="preserve"> đẹp</w:t></w:r>
        </w:p>
        """;

    // What Word writes for a floating text box: a DrawingML shape and its VML fallback, same text.
    private const string TextBoxParagraphXml = """
        <w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
             xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
             xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
             xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
             xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
             xmlns:v="urn:schemas-microsoft-com:vml">
          <w:r><w:t xml:space="preserve">Trước</w:t></w:r>
          <w:r>
            <mc:AlternateContent>
              <mc:Choice Requires="wps">
                <w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                  <wps:wsp><wps:txbx><w:txbxContent>
                    <w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p><w:p><w:r><w:t>Dòng hai</w:t></w:r></w:p>
                  </w:txbxContent></wps:txbx></wps:wsp>
                </a:graphicData></a:graphic></wp:anchor></w:drawing>
              </mc:Choice>
              <mc:Fallback>
                <w:pict><v:shape><v:textbox><w:txbxContent>
                  <w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p><w:p><w:r><w:t>Dòng hai</w:t></w:r></w:p>
                </w:txbxContent></v:textbox></v:shape></w:pict>
              </mc:Fallback>
            </mc:AlternateContent>
          </w:r>
          <w:r><w:t xml:space="preserve"> sau</w:t></w:r>
        </w:p>
        """;
}
