using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Benchmarks;

/// <summary>The 1 MB Markdown draft and a default engine, shared by the throughput benchmarks.</summary>
[MemoryDiagnoser]
public abstract class MarkdownDraftBenchmark
{
    private protected LintEngine Engine { get; private set; } = null!;

    protected LintConfiguration Configuration { get; private set; } = null!;

    protected SourceText Text { get; private set; } = null!;

    protected Draft Draft { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var markdown = BenchmarkDrafts.Markdown(1 << 20);
        Console.WriteLine($"// Draft size: {Encoding.UTF8.GetByteCount(markdown) / 1e6:F3} MB");
        Text = SourceText.From(markdown);
        Engine = LintEngine.CreateDefault();
        Configuration = new ConfigurationLoader(Engine.Schema).Defaults;
        Draft = DraftLoader.FromText("draft.md", Text);
    }
}
