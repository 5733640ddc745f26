using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Cli;

/// <summary>User rules listed in rules.yml are compiled, cached and run beside the built-in ones.</summary>
public sealed class PluginTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_example_plugin_compiles_runs_with_its_configured_severity_and_is_cached()
    {
        var example = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "examples", "plugins", "NoPlaceholderMarkers.cs"));
        _cli.Write("rules/NoPlaceholderMarkers.cs", example);
        _cli.Write("rules.yml", "rules:\n  NR1001: error\nplugins:\n  - rules/NoPlaceholderMarkers.cs\n");
        _cli.Write("bai.md", "Đoạn này TODO bổ sung số liệu.\n");

        var first = _cli.Run("check", "bai.md");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("bai.md(1,10): lỗi NR1001: Còn sót dấu “TODO”", first.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_cli.PluginCache, "*.dll"));

        var cached = _cli.Run("check", "bai.md", "--format", "sarif");
        Assert.Contains("\"id\": \"NR1001\"", cached.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_cli.PluginCache, "*.dll"));
    }

    [Fact]
    public void A_plugin_that_does_not_compile_is_reported_with_its_position_and_exit_2()
    {
        _cli.Write("rules/Broken.cs", "public class Broken : ReportLint.Analysis.DraftAnalyzer {\n  int x = ;\n}\n");
        _cli.Write("rules.yml", "plugins: [rules/Broken.cs]\n");
        _cli.Write("bai.md", "Không lỗi.\n");

        var result = _cli.Run("check", "bai.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rules/Broken.cs(2,11): lỗi RL9006: CS1525", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_throws_leaves_the_draft_unchecked_exit_2_and_the_other_rules_still_report()
    {
        _cli.Write("rules/Throws.cs", """
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using ReportLint.Analysis;

            public sealed class Throws : DraftAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("NR9999", "t", "m", "Newsroom", DiagnosticSeverity.Warning, true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(_ => throw new System.InvalidOperationException("boom"));
            }
            """);
        _cli.Write("rules.yml", "plugins: [rules/Throws.cs]\n");
        _cli.Write("bai.md", "Đây là là một câu.\n");

        var result = _cli.Run("check", "bai.md", "--format", "json", "--output", "out.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("RL9004", result.Error, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(_cli.Folder, "out.json"));
        Assert.Contains("\"RL2001\"", report, StringComparison.Ordinal);
    }
}
