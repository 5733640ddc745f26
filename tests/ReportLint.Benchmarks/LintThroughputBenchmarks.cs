using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Benchmarks;

/// <summary>
/// Throughput over a 1 MB Vietnamese Markdown draft, single thread: MB/s = the draft's size
/// (printed by the setup) / the mean.
/// Run: dotnet run -c Release --project tests/ReportLint.Benchmarks -- --filter '*LintThroughput*'
/// </summary>
[MemoryDiagnoser]
public class LintThroughputBenchmarks
{
    private LintEngine _all = null!;
    private LintEngine _typography = null!;
    private LintConfiguration _configuration = null!;
    private SourceText _text = null!;
    private Draft _draft = null!;

    [GlobalSetup]
    public void Setup()
    {
        var markdown = BenchmarkDrafts.Markdown(1 << 20);
        Console.WriteLine($"// Draft size: {Encoding.UTF8.GetByteCount(markdown) / 1e6:F3} MB");
        _text = SourceText.From(markdown);
        _all = LintEngine.CreateDefault();
        _typography = Family(RuleCategories.Typography);
        _configuration = new ConfigurationLoader(_all.Schema).Defaults;
        _draft = DraftLoader.FromText("draft.md", _text);
    }

    [Benchmark]
    public Draft ReadMarkdown() => DraftLoader.FromText("draft.md", _text);

    [Benchmark]
    public LintResult TypographyRules() => _typography.Analyze(_draft, _configuration);

    [Benchmark]
    public LintResult ReadAndLintEverything() => _all.Analyze(DraftLoader.FromText("draft.md", _text), _configuration);

    private LintEngine Family(string category) =>
        new(_all.Analyzers.Where(a => a.SupportedDiagnostics.All(d => d.Category == category)));
}
