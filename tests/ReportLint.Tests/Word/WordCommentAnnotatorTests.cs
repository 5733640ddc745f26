using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Review;
using ReportLint.Documents;
using ReportLint.Reporting;
using ReportLint.Tests.Infrastructure;
using static ReportLint.Tests.Word.WordFixture;

namespace ReportLint.Tests.Word;

public class WordCommentAnnotatorTests
{
    private static readonly DiagnosticDescriptor DuplicatedWord = Lint.Engine.Descriptors.Single(d => d.Id == "RL2001");

    [Fact]
    public void A_finding_across_two_runs_is_anchored_exactly_and_split_runs_keep_their_formatting()
    {
        var docx = WithBody(P(R("Theo chỉ đạo của"), new Run(new RunProperties(new Bold()), T(" của Tỉnh ủy."))));

        var reviewed = Annotate(docx, draft => Lint.Draft(draft).Diagnostics);

        WordReviewDocuments.AssertValid(reviewed);
        Assert.Equal(
            [new ReviewComment("ReportLint", "vi-VN", "RL2001: Từ “của” bị gõ lặp (“của của”): xóa một từ", "của của")],
            WordReviewDocuments.Comments(reviewed));
        Assert.Equal(
            [("Theo chỉ đạo ", false), ("của", false), (" của", true), (" Tỉnh ủy.", true)],
            RunsOf(reviewed).Where(r => r.InnerText.Length > 0).Select(r => (r.InnerText, r.RunProperties?.Bold is not null)));
        Assert.Equal(["Theo chỉ đạo của của Tỉnh ủy."], Texts(reviewed));
    }

    [Fact]
    public void Comments_are_written_in_the_language_of_the_messages()
    {
        var docx = WithBody(P("Theo chỉ đạo của của Tỉnh ủy."));

        var comment = Assert.Single(WordReviewDocuments.Comments(Annotate(docx, draft => Lint.Draft(draft).Diagnostics, "en")));

        Assert.Equal("en-US", comment.Language);
        Assert.StartsWith("RL2001: The word “của” is typed twice", comment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_empty_and_nested_spans_get_exact_anchors_and_findings_outside_the_body_name_their_part()
    {
        var docx = Create(main =>
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P("Ghi chú cuối")) { Id = 1 });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(P("Đầu trang lỗi"));
            main.Document.Body!.Append(
                P("Một hai ba bốn năm"),
                P(new Hyperlink(R("liên kết")) { Anchor = "muc-1" }, new InsertedRun(R(" chèn thêm")) { Id = "1", Author = "A" }, new Run(new FootnoteReference { Id = 1 })),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
        });

        var reviewed = Annotate(docx, draft =>
        [
            At(draft, 0, 0, 7),
            At(draft, 0, 4, 10),
            At(draft, 0, 11, 11),
            At(draft, 0, 15, 18),
            At(draft, 1, 5, 13),
            At(draft, 2, 4, 7),
            At(draft, 3, 10, 13),
        ]);

        WordReviewDocuments.AssertValid(reviewed);
        Assert.Equal(
            [
                ("RL2001: Từ “x” bị gõ lặp (“Một hai”): xóa một từ", "Một hai"),
                ("[chú thích 1: “chú”] RL2001: Từ “x” bị gõ lặp (“chú”): xóa một từ", string.Empty),
                ("[đầu trang 1: “lỗi”] RL2001: Từ “x” bị gõ lặp (“lỗi”): xóa một từ", string.Empty),
                ("RL2001: Từ “x” bị gõ lặp (“hai ba”): xóa một từ", "hai ba"),
                ("RL2001: Từ “x” bị gõ lặp (“”): xóa một từ", string.Empty),
                ("RL2001: Từ “x” bị gõ lặp (“năm”): xóa một từ", "năm"),
                ("RL2001: Từ “x” bị gõ lặp (“kết chèn”): xóa một từ", "kết chèn"),
            ],
            WordReviewDocuments.Comments(reviewed).Select(c => (c.Text, c.Covered)));
        Assert.Equal(["Một hai ba bốn năm", "liên kết chèn thêm", "Ghi chú cuối", "Đầu trang lỗi"], Texts(reviewed));
    }

    [Fact]
    public void The_authors_own_comments_stay_and_new_ones_continue_their_numbering()
    {
        var docx = Create(main =>
        {
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(new Comment(P("Xem lại")) { Id = "7", Author = "Biên tập" });
            main.Document.Body!.Append(P(new CommentRangeStart { Id = "7" }, R("Theo chỉ đạo"), new CommentRangeEnd { Id = "7" }, new Run(new CommentReference { Id = "7" }), R(" của của Tỉnh ủy.")));
        });

        var reviewed = Annotate(docx, draft => Lint.Draft(draft).Diagnostics);

        using var document = WordprocessingDocument.Open(new MemoryStream(reviewed), isEditable: false);
        Assert.Equal(
            [("7", "Biên tập"), ("8", "ReportLint")],
            document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().Select(c => (c.Id!.Value!, c.Author!.Value!)));
        WordReviewDocuments.AssertValid(reviewed);
    }

    private static byte[] Annotate(byte[] docx, Func<Draft, IEnumerable<Diagnostic>> findings, string language = "vi")
    {
        using var copy = WordDraftReader.OpenForReview(new MemoryStream(docx));
        var draft = WordDraftReader.FromText("bai.docx", copy.Text);
        WordCommentAnnotator.Annotate(copy, findings(draft), CultureInfo.GetCultureInfo(language));
        var output = new MemoryStream();
        copy.WriteTo(output);
        return output.ToArray();
    }

    private static Diagnostic At(Draft draft, int paragraph, int start, int end)
    {
        var line = draft.Text.Lines[paragraph];
        var span = TextSpan.FromBounds(line.Start + start, line.Start + end);
        return Diagnostic.Create(DuplicatedWord, Location.Create(draft.Path, span, draft.Text.Lines.GetLinePositionSpan(span)), "x", draft.Text.ToString(span));
    }

    private static List<Run> RunsOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Run>().Select(r => (Run)r.CloneNode(deep: true))];
    }
}
