using System.Security.Cryptography;
using ReportLint.Tests.Word;

namespace ReportLint.Tests.Cli;

public sealed class WordCheckCommandTests : IDisposable
{
    private const string Seed = "002_188b52fc802beca8";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Word_findings_name_the_paragraph_and_show_its_text()
    {
        CopySeed("bai.docx");

        var result = _cli.Run("check", "bai.docx");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n');
        var finding = Array.IndexOf(lines, "bai.docx(đoạn 8, 657): cảnh báo RL2001: Từ “của” bị gõ lặp (“của của”): xóa một từ");
        Assert.True(finding >= 0, result.Output);
        Assert.Equal("    …thành lập chi bộ quân sự xã theo chỉ đạo của của Tỉnh ủy; tăng cường đổi mới công tác thông…", lines[finding + 1]);
        Assert.Contains("bai.docx(paragraph 8, 657): warning RL2001", _cli.Run("check", "bai.docx", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_include_word_drafts()
    {
        CopySeed("thu-muc/bai.docx");

        Assert.Contains("bai.docx(đoạn 8, 657)", _cli.Run("check", "thu-muc").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cu.doc", "đây là tệp Word 97-2003 (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx")]
    [InlineData("mat-khau.docx", "tài liệu được đặt mật khẩu: hãy lưu một bản không có mật khẩu rồi kiểm tra lại")]
    [InlineData("bom.docx", "tệp Word quá lớn khi giải nén: cả gói, hoặc một phần XML của nó, vượt giới hạn 8 MB (xem docs/limits.md); hãy tách tài liệu hoặc nén bớt hình ảnh")]
    [InlineData("gia.docx", "không phải tài liệu Word: tệp .docx là một gói zip, tệp này thì không; hãy mở bằng Word và lưu lại dưới dạng .docx")]
    public void A_bad_word_file_is_one_clear_line_with_exit_2_and_the_other_files_are_still_checked(string name, string message)
    {
        _cli.WriteBytes(name, name switch
        {
            "cu.doc" => HostileFiles.Word97Document(),
            "mat-khau.docx" => HostileFiles.EncryptedDocx(),
            "bom.docx" => HostileFiles.ZipBomb(),
            _ => "Báo cáo tổng kết năm 2019"u8.ToArray(),
        });
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");

        var result = _cli.Run("check", name, "bai.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"{name}: lỗi RL9001: {message}"], result.Output.Split('\n').Where(line => line.Contains(name, StringComparison.Ordinal)));
        Assert.Contains("bai.md(1,14): cảnh báo RL2001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_writes_a_valid_copy_with_the_comment_and_leaves_the_input_alone()
    {
        var input = CopySeed("bai.docx");
        var before = SHA256.HashData(File.ReadAllBytes(input));

        var result = _cli.Run("check", "bai.docx", "--annotate", "ra/bai.reviewed.docx");

        Assert.Equal(1, result.ExitCode);
        var findings = result.Output.Split('\n').Count(line => line.StartsWith("bai.docx(đoạn ", StringComparison.Ordinal));
        Assert.Equal($"Đã ghi {findings} nhận xét vào ra/bai.reviewed.docx", result.Error.Trim());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        var reviewed = File.ReadAllBytes(Path.Combine(_cli.Folder, "ra", "bai.reviewed.docx"));
        WordReviewDocuments.AssertValid(reviewed, original: File.ReadAllBytes(input));
        var comments = WordReviewDocuments.Comments(reviewed);
        Assert.Equal(findings, comments.Count);
        Assert.Contains(new ReviewComment("ReportLint", "vi-VN", "RL2001: Từ “của” bị gõ lặp (“của của”): xóa một từ", "của của"), comments);
        Assert.Equal(["bai.reviewed.docx"], Directory.GetFiles(Path.Combine(_cli.Folder, "ra")).Select(Path.GetFileName));
    }

    [Fact]
    public void Annotate_needs_exactly_one_word_draft_and_never_overwrites_it()
    {
        CopySeed("a.docx");
        CopySeed("b.docx");
        _cli.Write("bai.md", "Theo chỉ đạo.\n");

        var several = _cli.Run("check", "a.docx", "b.docx", "--annotate", "ra.docx");
        var markdown = _cli.Run("check", "bai.md", "--annotate", "ra.docx");
        var overInput = _cli.Run("check", "a.docx", "--annotate", "./a.docx");

        Assert.Equal((2, "reportlint: --annotate cần đúng một bản thảo Word (.docx, .docm, .dotx, .dotm); lệnh này kiểm tra 2 tệp"), (several.ExitCode, several.Error.Trim()));
        Assert.Equal((2, "reportlint: --annotate cần đúng một bản thảo Word (.docx, .docm, .dotx, .dotm); lệnh này kiểm tra 1 tệp"), (markdown.ExitCode, markdown.Error.Trim()));
        Assert.Equal((2, "reportlint: --annotate không ghi đè lên tệp đang kiểm tra: hãy chọn tên tệp khác, ví dụ a.reviewed.docx"), (overInput.ExitCode, overInput.Error.Trim()));
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "ra.docx")));
    }

    [Fact]
    public void Annotate_writes_nothing_when_the_draft_cannot_be_read()
    {
        _cli.WriteBytes("gia.docx", "không phải zip"u8.ToArray());

        var result = _cli.Run("check", "gia.docx", "--annotate", "ra.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gia.docx: lỗi RL9001: không phải tài liệu Word", result.Output, StringComparison.Ordinal);
        Assert.Equal("Không ghi ra.docx vì không đọc được bản thảo", result.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "ra.docx")));
    }

    [LibreOfficeFact]
    public void LibreOffice_opens_the_annotated_copy_and_shows_the_comment_on_the_flagged_words()
    {
        CopySeed("bai.docx");
        Assert.Equal(1, _cli.Run("check", "bai.docx", "--annotate", "bai.reviewed.docx", "--lang", "en").ExitCode);
        var reviewed = Path.Combine(_cli.Folder, "bai.reviewed.docx");
        const string comment = "RL2001: The word “của” is typed twice (“của của”): delete one";

        var pdf = LibreOffice.ConvertToPdf(reviewed, _cli.Folder);
        var odt = LibreOffice.ConvertToOdt(reviewed, _cli.Folder);

        var pageText = LibreOffice.PdfText(pdf);
        Assert.Contains("theo chỉ đạo của của Tỉnh", pageText.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.True(
            pageText.Contains(comment, StringComparison.Ordinal) || LibreOffice.PdfAnnotationTexts(pdf).Contains(comment),
            "The comment is neither printed in the margin nor exported as a PDF annotation.");
        Assert.Contains(
            $"{comment}</text:span></text:p></office:annotation>của của<office:annotation-end",
            OdtContent(odt),
            StringComparison.Ordinal);
    }

    private string CopySeed(string relativePath) =>
        _cli.WriteBytes(relativePath, File.ReadAllBytes(WordSeedParityTests.DocxOf(Seed)));

    private static string OdtContent(string odt)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(odt);
        using var reader = new StreamReader(archive.GetEntry("content.xml")!.Open());
        return reader.ReadToEnd();
    }
}
