using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Tests.Infrastructure;
using static ReportLint.Tests.Word.WordFixture;

namespace ReportLint.Tests.Word;

public class WordDraftReaderTests
{
    private static Draft DraftOf(byte[] docx) => WordDraftReader.Read("bai.docx", new MemoryStream(docx));

    [Fact]
    public void Each_paragraph_is_one_line_and_blank_paragraphs_are_no_blocks()
    {
        var draft = DraftOf(WithBody(P("Mở đầu"), P(), P(R("Dòng một"), new Run(new Break()), R("dòng hai"))));

        Assert.Equal(DraftFormat.Word, draft.Format);
        Assert.Equal(["Mở đầu", string.Empty, "Dòng một\vdòng hai"], draft.Text.Lines.Select(l => draft.Text.ToString(l.Span)));
        Assert.Equal([0, 2], draft.Blocks.Select(b => draft.Text.Lines.GetLineFromPosition(b.Span.Start).LineNumber));
        Assert.Equal("Dòng một\ndòng hai", draft.Blocks[1].Prose.Text);
    }

    [Fact]
    public void Headings_come_from_outline_levels_and_heading_styles_and_lists_from_numbering()
    {
        var docx = Create(main =>
        {
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "u2" },
                new Style(new StyleName { Val = "Chương" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Chuong" },
                new Style(new StyleName { Val = "Gạch đầu dòng" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 }))) { Type = StyleValues.Paragraph, StyleId = "Gach" });
            main.Document.Body!.Append(
                Styled("Chuong", "Chương I"),
                Styled("u2", "1. Kết quả"),
                Styled("Gach", "Ý thứ nhất"),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Gach" }, new NumberingProperties(new NumberingId { Val = 0 })), R("Bỏ gạch")),
                Styled("Normal", "Thân bài"));
        });

        var draft = DraftOf(docx);

        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.ListItem, 0), (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0)],
            draft.Blocks.Select(b => (b.Kind, b.HeadingLevel)));
    }

    [Fact]
    public void Tables_keep_rows_and_columns_with_merged_cells_in_every_slot_they_cover()
    {
        var docx = WithBody(
            P("Trước bảng"),
            Table(
                HeaderRow(Cell("Đơn vị"), Spanning(2, Cell("Năm"))),
                Row(Merged(MergedCellValues.Restart, Cell("Xã A")), Cell("10"), Cell("20")),
                Row(Merged(null, Cell(P("Ghi chú"))), Cell(P("5"), P("(ước)")), Cell("7"))),
            P("Sau bảng"));

        var draft = DraftOf(docx);

        var table = Assert.Single(draft.Tables);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(
            ["Đơn vị|Năm|Năm", "Xã A\nGhi chú|10|20", "Xã A\nGhi chú|5\n(ước)|7"],
            table.Rows.Select(row => string.Join('|', row.Select(cell => cell.Prose.Text))));
        Assert.Same(table.Rows[0][1], table.Rows[0][2]);
        Assert.Same(table.Rows[1][0], table.Rows[2][0]);
        Assert.Equal(new TableCellPosition(0, 0, 1, IsHeader: true), table.Rows[0][2].Cell);
        Assert.Equal(new TableCellPosition(0, 2, 1, IsHeader: false), table.Rows[2][1].Cell);
        Assert.Equal(
            ["Trước bảng", "Đơn vị", "Năm", "Xã A\nGhi chú", "10", "20", "5\n(ước)", "7", "Sau bảng"],
            draft.Blocks.Select(b => b.Prose.Text));
        Assert.All(draft.Blocks.Where(b => b.Cell is not null), b => Assert.Equal(BlockKind.TableCell, b.Kind));
    }

    [Fact]
    public void Part_labels_and_run_maps_stay_reachable_from_the_draft()
    {
        var docx = Create(main =>
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P(" Nguồn: Cục Thống kê.")) { Id = 1 });
            main.Document.Body!.Append(P(R("Năm 2019"), new Run(new FootnoteReference { Id = 1 })));
        });

        var draft = DraftOf(docx);

        Assert.Equal([WordPartLabel.Body, new WordPartLabel(WordPartKind.Footnote, 1)], draft.Word!.Paragraphs.Select(p => p.Part));
        Assert.Equal(" Nguồn: Cục Thống kê.", draft.Text.Lines[1].ToString());
        Assert.Equal(4, draft.Word.Paragraphs[1].RunMap.Locate(4).OffsetInSource);
    }

    [Fact]
    public void A_word_duplicated_across_runs_is_found_at_its_paragraph_and_column()
    {
        var docx = WithBody(P("Tiêu đề"), P(R("Theo chỉ đạo "), new Run(new RunProperties(new Bold()), T("của")), new ProofError(), R(" của Tỉnh ủy.")));

        var diagnostic = Assert.Single(Lint.Draft(DraftOf(docx)).Diagnostics);

        Assert.Equal("(2,14)-(2,21) RL2001 Warning: Từ “của” bị gõ lặp (“của của”): xóa một từ", Lint.Describe(diagnostic).Split('\n')[0]);
    }

    [Fact]
    public void URLs_in_paragraphs_are_not_linted()
    {
        var draft = DraftOf(WithBody(P("Xem https://example.vn/cac/cac thêm.")));

        Assert.Equal("Xem \uFFFC thêm.", draft.Blocks.Single().Prose.Text);
        Assert.Empty(Lint.Draft(draft).Diagnostics);
    }

    [Theory]
    [InlineData(".docx")]
    [InlineData(".DOCM")]
    [InlineData(".dotx")]
    [InlineData(".dotm")]
    public void The_loader_reads_every_word_extension(string extension)
    {
        var type = extension.ToLowerInvariant() switch
        {
            ".docm" => WordprocessingDocumentType.MacroEnabledDocument,
            ".dotx" => WordprocessingDocumentType.Template,
            ".dotm" => WordprocessingDocumentType.MacroEnabledTemplate,
            _ => WordprocessingDocumentType.Document,
        };
        var docx = Create(main => main.Document.Body!.Append(P("Mẫu báo cáo")), type);

        var draft = DraftLoader.FromBytes("mau" + extension, docx);

        Assert.True(DraftLoader.IsDraftPath("mau" + extension));
        Assert.Equal("Mẫu báo cáo", draft.Text.ToString());
    }

    [Fact]
    public void Refused_files_become_read_problems()
    {
        var problem = Assert.Throws<DraftReadException>(() => DraftLoader.FromBytes("cu.docx", HostileFiles.Word97Document())).Problem;

        Assert.Equal(DraftReadProblem.WordBinaryDoc, problem);
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), R(text));
}
