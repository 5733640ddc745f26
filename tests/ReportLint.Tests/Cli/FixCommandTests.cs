using System.Text;

namespace ReportLint.Tests.Cli;

/// <summary><c>check --fix</c> on Markdown and text drafts: in place, in the file's own encoding, BOM and line endings.</summary>
public sealed class FixCommandTests : IDisposable
{
    // One repeated word: the smallest draft with a certain fix.
    private const string RepeatedWord = "Theo chỉ đạo của của Tỉnh ủy.\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fix_applies_every_certain_fix_lists_it_reports_what_is_left_and_a_second_run_changes_nothing()
    {
        var path = _cli.Write("bai.md", "# Tin\n\nTheo chỉ đạo của của Tỉnh ủy , các  cấp ủy đã họp; Chỉ thị 05- CT/TW.\n\nanh tin bai\n");

        var result = _cli.Run("check", "bai.md", "--fix");

        Assert.Equal("# Tin\n\nTheo chỉ đạo của Tỉnh ủy, các cấp ủy đã họp; Chỉ thị 05-CT/TW.\n\nanh tin bai\n", File.ReadAllText(path));
        var lines = result.Output.Split('\n');
        Assert.Equal("bai.md(3,17): đã sửa RL2001: “Theo chỉ đạo của của Tỉnh ủy , các…” → “Theo chỉ đạo của Tỉnh ủy , các…”", lines[0]);
        Assert.Equal("Đã sửa 4 chỗ trong 1 tệp.", lines[4]);
        Assert.StartsWith("bai.md(5,1): cảnh báo RL3005", lines[5], StringComparison.Ordinal);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));

        var again = _cli.Run("check", "bai.md", "--fix");
        Assert.StartsWith("Đã sửa 0 chỗ trong 0 tệp.\n", again.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("# Tin\n\nTheo chỉ đạo của Tỉnh ủy, các cấp ủy đã họp; Chỉ thị 05-CT/TW.\n\nanh tin bai\n", File.ReadAllText(path));
    }

    [Fact]
    public void Fixes_that_bring_others_to_light_are_applied_in_further_passes()
    {
        var path = _cli.Write("bai.txt", "Các các các đồng chí đã tham dự.\n");

        _cli.Run("check", "bai.txt", "--fix");

        Assert.Equal("Các đồng chí đã tham dự.\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void The_fixed_file_keeps_its_encoding_byte_order_mark_and_line_endings(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            _ => Encoding.Unicode,
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Dòng một của của Tỉnh ủy.\r\nDòng hai  có dấu cách.\nDòng ba.\r\n")).ToArray();
        var path = _cli.WriteBytes("bai.txt", bytes);

        Assert.Equal(0, _cli.Run("check", "bai.txt", "--fix").ExitCode);

        var expected = encoding.GetPreamble().Concat(encoding.GetBytes("Dòng một của Tỉnh ủy.\r\nDòng hai có dấu cách.\nDòng ba.\r\n")).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_cli.Folder));
    }

    [Fact]
    public void A_legacy_windows_1258_file_stays_windows_1258_and_fixes_it_cannot_hold_are_left_as_findings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1258 = Encoding.GetEncoding(1258);
        var path = _cli.WriteBytes("cu.txt", windows1258.GetBytes("Theo chi dao cua cua Tinh uy.\n"));

        _cli.Run("check", "cu.txt", "--fix");

        Assert.Equal(windows1258.GetBytes("Theo chi dao cua Tinh uy.\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        const string text = "# Tin\n\nTheo chỉ đạo của của Tỉnh ủy.\n\nDòng không đổi.\n";
        var path = _cli.Write("bai.md", text);

        var result = _cli.Run("check", "bai.md", "--fix", "--dry-run");

        Assert.Equal(text, File.ReadAllText(path));
        Assert.Equal(
            "--- bai.md\n+++ bai.md\n@@ -1,5 +1,5 @@\n # Tin\n \n-Theo chỉ đạo của của Tỉnh ủy.\n+Theo chỉ đạo của Tỉnh ủy.\n \n Dòng không đổi.\n",
            result.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Dry_run_needs_fix_and_machine_formats_stay_clean_with_the_listing_on_the_error_stream()
    {
        _cli.Write("bai.md", RepeatedWord);

        var alone = _cli.Run("check", "bai.md", "--dry-run");
        var json = _cli.Run("check", "bai.md", "--fix", "--format", "json");

        Assert.Equal((2, "reportlint: --dry-run chỉ dùng cùng --fix (xem trước các bản sửa dưới dạng diff)"), (alone.ExitCode, alone.Error.Trim()));
        Assert.StartsWith("{", json.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("bai.md(1,17): đã sửa RL2001", json.Error, StringComparison.Ordinal);
        Assert.Equal("Theo chỉ đạo của Tỉnh ủy.\n", File.ReadAllText(Path.Combine(_cli.Folder, "bai.md")));
    }

    [Fact]
    public void Without_fix_nothing_is_written()
    {
        var path = _cli.Write("bai.md", RepeatedWord);

        _cli.Run("check", "bai.md");

        Assert.Equal(RepeatedWord, File.ReadAllText(path));
    }

    [Fact]
    public void Messages_are_in_english_with_lang_en()
    {
        _cli.Write("bai.md", RepeatedWord);

        var result = _cli.Run("check", "bai.md", "--fix", "--lang", "en");

        Assert.StartsWith("bai.md(1,17): fixed RL2001: “Theo chỉ đạo của của Tỉnh ủy.” → “Theo chỉ đạo của Tỉnh ủy.”\nFixed 1 places in 1 files.\n", result.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
