using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportLint.Tests.Cli;
using static ReportLint.Tests.Word.WordFixture;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Tests.Word;

/// <summary>
/// <c>check draft.docx --fix --output fixed.docx</c>: each fix a tracked change inside the runs
/// that hold the text, the copy valid, its text with every change accepted the fixed text, with
/// every change rejected the original, and the input untouched.
/// </summary>
public sealed class WordFixCommandTests : IDisposable
{
    // Runs split inside the words that are fixed, each with its own formatting.
    private static readonly string[] Original =
    [
        "Theo chỉ đạo của của Tỉnh ủy , các  cấp ủy đã họp.",
        "Học tập Nghị quyết Tung ương 4; trao giấy khen cho 7 đảng viên:Hoàn thành xuất sắc.",
    ];

    private static readonly string[] Fixed =
    [
        "Theo chỉ đạo của Tỉnh ủy, các cấp ủy đã họp.",
        "Học tập Nghị quyết Trung ương 4; trao giấy khen cho 7 đảng viên: Hoàn thành xuất sắc.",
    ];

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fixes_become_tracked_changes_inside_split_runs_and_accepting_them_gives_the_fixed_text()
    {
        var input = _cli.WriteBytes("bai.docx", SplitRunDraft());
        var before = SHA256.HashData(File.ReadAllBytes(input));

        var result = _cli.Run("check", "bai.docx", "--fix", "--output", "bai.fixed.docx");

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        Assert.Contains("bai.docx(đoạn 1, 17): đã sửa RL2001: “Theo chỉ đạo của của Tỉnh ủy , các…” → “Theo chỉ đạo của Tỉnh ủy , các…”", result.Output, StringComparison.Ordinal);
        Assert.Contains("bai.docx(đoạn 2, 20): đã sửa RL3006: “…tập Nghị quyết Tung ương 4; trao giấy…” → “…tập Nghị quyết Trung ương 4; trao giấy…”", result.Output, StringComparison.Ordinal);
        Assert.Contains("Đã sửa 5 chỗ trong 1 tệp.", result.Output, StringComparison.Ordinal);
        Assert.Equal("Đã ghi 5 bản sửa (thay đổi được theo dõi) vào bai.fixed.docx", result.Error.Trim());
        var copy = File.ReadAllBytes(Path.Combine(_cli.Folder, "bai.fixed.docx"));
        WordReviewDocuments.AssertValid(copy, original: File.ReadAllBytes(input));
        Assert.Equal(Fixed, Texts(copy));
        Assert.Equal(Original, Texts(RejectAll(copy)));

        using var document = WordprocessingDocument.Open(new MemoryStream(copy), isEditable: false);
        var body = document.MainDocumentPart!.Document.Body!;
        var revisions = body.Descendants<RunTrackChangeType>().ToList();
        Assert.All(revisions, r => Assert.Equal(("ReportLint", true), (r.Author?.Value, r.Date is not null)));
        Assert.Equal(revisions.Count, revisions.Select(r => r.Id!.Value).Distinct().Count());

        // Only what changes is tracked, in the run that holds it, with that run's formatting: the
        // repeated " của" and the italic half of the doubled space are deleted, "r" goes into
        // "Tu|ng" (plain), the space after "viên:" is bold like the run before it.
        var deleted = body.Descendants<DeletedRun>().SelectMany(d => d.Elements<Run>()).Select(r => (r.InnerText, Bold(r), Italic(r))).ToList();
        Assert.Equal([(" của", true, false), (" ", false, false), (" ", false, true)], deleted);
        var inserted = body.Descendants<InsertedRun>().SelectMany(i => i.Elements<Run>()).Select(r => (r.InnerText, Bold(r))).ToList();
        Assert.Equal([("r", false), (" ", true)], inserted);
    }

    [Fact]
    public void A_second_fix_of_the_fixed_copy_changes_nothing()
    {
        _cli.WriteBytes("bai.docx", SplitRunDraft());
        _cli.Run("check", "bai.docx", "--fix", "--output", "bai.fixed.docx");

        var again = _cli.Run("check", "bai.fixed.docx", "--fix", "--output", "bai.again.docx");

        Assert.Contains("Đã sửa 0 chỗ trong 0 tệp.", again.Output, StringComparison.Ordinal);
        Assert.Equal(Fixed, Texts(File.ReadAllBytes(Path.Combine(_cli.Folder, "bai.again.docx"))));
    }

    [Theory]
    [InlineData("000_7b5bc75f89875018")]
    [InlineData("002_188b52fc802beca8")]
    public void A_seed_made_by_pandoc_gets_a_valid_copy_that_a_second_fix_leaves_alone(string seed)
    {
        var input = _cli.WriteBytes("bai.docx", File.ReadAllBytes(WordSeedParityTests.DocxOf(seed)));

        var first = _cli.Run("check", "bai.docx", "--fix", "--output", "bai.fixed.docx");
        var again = _cli.Run("check", "bai.fixed.docx", "--fix", "--output", "bai.again.docx");

        Assert.Contains("Đã sửa ", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã sửa 0 chỗ", first.Output, StringComparison.Ordinal);
        var copy = File.ReadAllBytes(Path.Combine(_cli.Folder, "bai.fixed.docx"));
        WordReviewDocuments.AssertValid(copy, original: File.ReadAllBytes(input));
        Assert.Contains("Đã sửa 0 chỗ trong 0 tệp.", again.Output, StringComparison.Ordinal);

        // What is left in the copy is what the first run reported after its fixes.
        Assert.Equal(Findings(first.Output, "bai.docx"), Findings(again.Output, "bai.fixed.docx"));
    }

    [Fact]
    public void Fix_with_annotate_writes_one_copy_with_fixes_tracked_and_the_other_findings_as_comments()
    {
        _cli.WriteBytes("bai.docx", WithBody(P("Theo chỉ đạo của của Tỉnh ủy, thực hiện Bí thí thư chi bộ đồng thời là trưởng bản."), P("anh tin bai")));

        var result = _cli.Run("check", "bai.docx", "--fix", "--annotate", "bai.reviewed.docx");

        var copy = File.ReadAllBytes(Path.Combine(_cli.Folder, "bai.reviewed.docx"));
        WordReviewDocuments.AssertValid(copy);
        Assert.Equal(["Theo chỉ đạo của Tỉnh ủy, thực hiện Bí thư chi bộ đồng thời là trưởng bản.", "anh tin bai"], Texts(copy));
        var comment = Assert.Single(WordReviewDocuments.Comments(copy));
        Assert.Equal(("RL3005", "anh tin bai"), (comment.Text[..6], comment.Covered));
        Assert.Contains("Đã ghi 2 bản sửa (thay đổi được theo dõi) vào bai.reviewed.docx", result.Error, StringComparison.Ordinal);
        Assert.Contains("Đã ghi 1 nhận xét vào bai.reviewed.docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_copies_are_usage_errors_unless_one_word_draft_is_fixed_into_one_copy()
    {
        var input = SplitRunDraft();
        _cli.WriteBytes("bai.docx", input);
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");

        var twoCopies = _cli.Run("check", "bai.docx", "--fix", "--output", "a.docx", "--annotate", "b.docx");
        var markdown = _cli.Run("check", "bai.md", "--fix", "--output", "a.docx");
        var overInput = _cli.Run("check", "bai.docx", "--fix", "--output", "bai.docx");
        var inPlace = _cli.Run("check", "bai.docx", "--fix");

        Assert.Equal(2, twoCopies.ExitCode);
        Assert.StartsWith("reportlint: --fix --output a.docx và --annotate b.docx", twoCopies.Error, StringComparison.Ordinal);
        Assert.Equal((2, "reportlint: --fix --output a.docx ghi bản sao đã sửa của một bản thảo Word: cần đúng một bản thảo Word (.docx, .docm, .dotx, .dotm); lệnh này kiểm tra 1 tệp"), (markdown.ExitCode, markdown.Error.Trim()));
        Assert.Equal((2, "reportlint: --output không ghi đè lên tệp đang kiểm tra: hãy chọn tên tệp khác, ví dụ bai.fixed.docx"), (overInput.ExitCode, overInput.Error.Trim()));
        Assert.Contains("bai.docx: bản thảo Word không bao giờ được sửa tại chỗ", inPlace.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "a.docx")) || File.Exists(Path.Combine(_cli.Folder, "b.docx")));
        Assert.Equal(input, File.ReadAllBytes(Path.Combine(_cli.Folder, "bai.docx")));
    }

    [LibreOfficeFact]
    public void LibreOffice_reads_the_tracked_changes_and_its_text_of_the_copy_is_the_fixed_text()
    {
        _cli.WriteBytes("bai.docx", SplitRunDraft());
        _cli.Run("check", "bai.docx", "--fix", "--output", "bai.fixed.docx");
        var copy = Path.Combine(_cli.Folder, "bai.fixed.docx");

        var odt = LibreOffice.ConvertToOdt(copy, _cli.Folder);

        Assert.Equal(Fixed, LibreOffice.OdtAcceptedParagraphs(odt));
        var changes = LibreOffice.OdtTrackedChanges(odt);
        Assert.All(changes, change => Assert.Equal("ReportLint", change.Author));
        Assert.Equal(
            [("deletion", " "), ("deletion", " "), ("deletion", " của"), ("insertion", string.Empty), ("insertion", string.Empty)],
            changes.Select(c => (c.Kind, c.Deleted)).Order());
    }

    /// <summary>The two paragraphs of <see cref="Original"/>, their runs cut inside the words the fixes change.</summary>
    private static byte[] SplitRunDraft() => WithBody(
        P(R("Theo chỉ đạo của"), BoldRun(" của Tỉnh"), R(" ủy , các "), new Run(new RunProperties(new Italic()), T(" cấp ủy đã họp."))),
        P(R("Học tập Nghị quyết Tu"), BoldRun("ng ương 4; trao giấy khen cho 7 đảng viên:"), BoldRun("Hoàn thành xuất sắc.")));

    private static Run BoldRun(string text) => new(new RunProperties(new Bold()), T(text));

    private static string[] Findings(string output, string file) =>
        [.. output.Split('\n').Where(line => line.StartsWith(file + "(", StringComparison.Ordinal) && !line.Contains(" đã sửa ", StringComparison.Ordinal)).Select(line => line[file.Length..])];

    private static bool Bold(Run run) => run.RunProperties?.Bold is not null;

    private static bool Italic(Run run) => run.RunProperties?.Italic is not null;

    /// <summary>The copy with every tracked change rejected: insertions dropped, deletions restored.</summary>
    private static byte[] RejectAll(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            foreach (var insertion in body.Descendants<InsertedRun>().ToList())
            {
                insertion.Remove();
            }

            foreach (var deletion in body.Descendants<DeletedRun>().ToList())
            {
                foreach (var deletedText in deletion.Descendants<DeletedText>().ToList())
                {
                    deletedText.InsertBeforeSelf(new WordText(deletedText.Text) { Space = SpaceProcessingModeValues.Preserve });
                    deletedText.Remove();
                }

                foreach (var run in deletion.Elements<Run>().ToList())
                {
                    run.Remove();
                    deletion.InsertBeforeSelf(run);
                }

                deletion.Remove();
            }
        }

        return stream.ToArray();
    }
}
