using BenchmarkDotNet.Attributes;
using ReportLint.Analysis;
using ReportLint.Documents;

namespace ReportLint.Benchmarks;

/// <summary>
/// Reading and linting a 1 MB Vietnamese Markdown draft, single thread: MB/s = the draft's size
/// (printed by the setup) / the mean.
/// Run: dotnet run -c Release --project tests/ReportLint.Benchmarks -- --filter '*LintThroughput*'
/// </summary>
public class LintThroughputBenchmarks : MarkdownDraftBenchmark
{
    [Benchmark]
    public Draft ReadMarkdown() => DraftLoader.FromText("draft.md", Text);

    [Benchmark]
    public object ReadAndLintEverything() => Engine.Analyze(DraftLoader.FromText("draft.md", Text), Configuration);
}
