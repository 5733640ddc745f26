using System.Security.Cryptography;
using System.Text.Json;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Findings_give_exit_code_1_in_compiler_style_with_an_excerpt_and_a_caret()
    {
        _cli.Write("bai.md", "# Tin\n\nThực hiện theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", "bai.md");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal("bai.md(3,24): cảnh báo RL2001: Từ “của” bị gõ lặp (“của của”): xóa một từ", lines[0]);
        Assert.Equal("    Thực hiện theo chỉ đạo của của Tỉnh ủy.", lines[1]);
        Assert.Equal("    " + new string(' ', 23) + "^^^^^^^", lines[2]);
        Assert.StartsWith("Đã kiểm tra 1 tệp: 0 lỗi, 1 cảnh báo, 0 gợi ý.", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void English_messages_with_lang_en()
    {
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", "bai.md", "--lang", "en");
        Assert.Contains("warning RL2001: The word “của” is typed twice", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_draft_exits_0_and_fail_on_error_ignores_warnings()
    {
        _cli.Write("sach.md", "Bản thảo không có lỗi nào.\n");
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        Assert.Equal(0, _cli.Run("check", "sach.md").ExitCode);
        Assert.Equal(0, _cli.Run("check", "bai.md", "--fail-on", "error").ExitCode);
        Assert.Equal(1, _cli.Run("check", "bai.md", "--fail-on", "info").ExitCode);
    }

    [Fact]
    public void A_missing_file_is_one_clear_line_with_exit_2_and_the_other_files_are_still_checked()
    {
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", "khong-co.md", "bai.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("khong-co.md: lỗi RL9001: không tìm thấy tệp hoặc thư mục", result.Output, StringComparison.Ordinal);
        Assert.Contains("bai.md(1,14): cảnh báo RL2001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_drafts_is_an_error()
    {
        _cli.Write("trong/ghi-chu.pdf", "%PDF");
        var result = _cli.Run("check", "trong");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trong: lỗi RL9001: thư mục không có bản thảo nào", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_an_error_and_the_others_are_checked()
    {
        _cli.WriteBytes("anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("anh.txt: lỗi RL9001: tệp nhị phân, không phải văn bản", result.Output, StringComparison.Ordinal);
        Assert.Contains("bai.md(1,14): cảnh báo RL2001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_rules_yml_names_its_line_and_only_its_drafts_go_unchecked()
    {
        _cli.Write("a/rules.yml", "rules:\n  RL2001: warning\n  RL2999: off\n");
        _cli.Write("a/bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        _cli.Write("b/bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", "a", "b");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a/rules.yml(3,3): lỗi RL9005: không có quy tắc 'RL2999'", result.Output, StringComparison.Ordinal);
        Assert.Contains("a/bai.md: lỗi RL9001: không được kiểm tra", result.Output, StringComparison.Ordinal);
        Assert.Contains("b/bai.md(1,14): cảnh báo RL2001", result.Output, StringComparison.Ordinal);

        var english = _cli.Run("check", "a", "--lang", "en");
        Assert.Contains("a/rules.yml(3,3): error RL9005: unknown rule ID 'RL2999'", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_rules_yml_governs_and_config_overrides_it()
    {
        _cli.Write("a/rules.yml", "rules:\n  RL2001: off\n");
        _cli.Write("a/bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        _cli.Write("strict.yml", "rules:\n  RL2001: error\n");
        Assert.Equal(0, _cli.Run("check", "a").ExitCode);
        var strict = _cli.Run("check", "a", "--config", "strict.yml");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("lỗi RL2001", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_find_drafts_in_subfolders()
    {
        _cli.Write("tin/2024/a.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        _cli.Write("tin/b.txt", "Không lỗi.\n");
        var result = _cli.Run("check", "tin/**/*.md");
        Assert.Contains("tin/2024/a.md(1,14)", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 tệp", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_carries_positions_snippets_and_fixes()
    {
        _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var result = _cli.Run("check", "bai.md", "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.Equal("RL2001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(14, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("của của", diagnostic.GetProperty("snippet").GetString());
        Assert.Equal(string.Empty, diagnostic.GetProperty("fix").GetProperty("replacement").GetString());
    }

    [Fact]
    public void Output_goes_to_a_file_and_the_inputs_are_never_modified()
    {
        var draft = _cli.Write("bai.md", "Theo chỉ đạo của của Tỉnh ủy.\n");
        var before = SHA256.HashData(File.ReadAllBytes(draft));
        var result = _cli.Run("check", "bai.md", "--format", "sarif", "--output", "out/report.sarif");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("\"ruleId\": \"RL2001\"", File.ReadAllText(Path.Combine(_cli.Folder, "out", "report.sarif")), StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(draft)));
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, _cli.Run("check", "bai.md", "--format", "xml").ExitCode);
        Assert.Equal(2, _cli.Run("check").ExitCode);
    }

    [Fact]
    public void Explain_prints_the_rule_page_and_rules_lists_every_rule()
    {
        var explain = _cli.Run("explain", "rl2001");
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith("# RL2001", explain.Output, StringComparison.Ordinal);
        Assert.Equal(2, _cli.Run("explain", "RL0000").ExitCode);

        var rules = _cli.Run("rules", "--lang", "en");
        Assert.Contains("RL2001  warning  Typography          Duplicated word", rules.Output, StringComparison.Ordinal);
        Assert.Equal(Lint.Engine.Descriptors.Length, rules.Output.Trim().Split('\n').Length);
    }
}
