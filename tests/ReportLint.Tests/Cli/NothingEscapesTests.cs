using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;
using ReportLint.Tests.Word;

namespace ReportLint.Tests.Cli;

/// <summary>
/// Whatever goes wrong, the user gets one line naming the file and what to do, exit code 2 when
/// something could not be checked, the other files checked, and no stack trace unless --verbose.
/// </summary>
public sealed class NothingEscapesTests : IDisposable
{
    private const string GoodDraft = "# Tin\n\nHôm nay trời đẹp.\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_damaged_docx_beside_a_header_row_table_and_a_good_draft_is_one_clear_error_and_exit_2()
    {
        var zoo = Path.Combine(TestPaths.ProjectDirectory, "Word", "Fixtures", "zoo");
        var damaged = File.ReadAllBytes(Path.Combine(zoo, "libreoffice-header-table.docx"))[..3000];
        _cli.WriteBytes("bai/hong.docx", damaged);
        File.Copy(Path.Combine(zoo, "pandoc-header-table.docx"), Path.Combine(_cli.Folder, "bai", "bang.docx"));
        _cli.Write("bai/tin.md", GoodDraft);

        var result = _cli.Run("check", "bai");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "bai/hong.docx: lỗi RL9001: tệp Word bị hỏng hoặc không đầy đủ (có thể tải về chưa xong): hãy lấy lại bản gốc, hoặc để Word sửa rồi lưu lại",
                "Đã kiểm tra 2 tệp: 1 lỗi, 0 cảnh báo, 0 gợi ý. 1 tệp không kiểm tra được.",
            ],
            result.Output.TrimEnd('\n').Split('\n'));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_fault_in_a_reader_is_one_line_saying_it_is_a_bug_and_the_other_files_are_checked()
    {
        using var cli = new CliHarness { LoadDraft = FailingOn("hong.md") };
        cli.Write("hong.md", GoodDraft);
        cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");

        var result = cli.Run("check", ".", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["hong.md: error RL9007: ReportLint hit an internal error while checking this file (InvalidOperationException: reader bug); this is a bug in ReportLint, not in the draft: please report it at https://github.com/reportlint/reportlint/issues with the file and the command (add --verbose for details)"],
            result.Output.Split('\n').Where(line => line.StartsWith("hong.md", StringComparison.Ordinal)));
        Assert.Contains("bai.md(1,14): warning RL2001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_of_an_internal_fault()
    {
        using var cli = new CliHarness { LoadDraft = FailingOn("hong.md") };
        cli.Write("hong.md", GoodDraft);

        var result = cli.Run("check", "hong.md", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lỗi RL9007: ReportLint gặp lỗi nội bộ", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("hong.md: System.InvalidOperationException: reader bug", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--annotate")]
    public void Writing_the_report_or_the_copy_over_a_folder_is_refused_before_checking(string option)
    {
        _cli.Write("bao-cao/.keep", string.Empty);
        _cli.WriteBytes("bai.docx", WordFixture.WithBody(WordFixture.P("Hôm nay trời đẹp.")));

        var result = _cli.Run("check", "bai.docx", option, "bao-cao", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith($"reportlint: {option} bao-cao is a folder: name a file, such as bao-cao/", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_one_line_and_exit_2()
    {
        _cli.Write("bai.md", GoodDraft);
        _cli.Write("tep", "a file where a folder should be");

        var result = _cli.Run("check", "bai.md", "--output", "tep/bao-cao.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reportlint: không ghi được ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    private static Func<string, Draft> FailingOn(string name) => path =>
        Path.GetFileName(path) == name ? throw new InvalidOperationException("reader bug") : DraftLoader.Load(path);
}
