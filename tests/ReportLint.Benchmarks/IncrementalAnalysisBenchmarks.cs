using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Benchmarks;

/// <summary>
/// Checking the 1 MB draft again after one character typed in its middle, as the language server
/// does with the document's <see cref="AnalysisCache"/>; compare with
/// <see cref="LintThroughputBenchmarks.ReadAndLintEverything"/>, which starts from nothing.
/// Run: dotnet run -c Release --project tests/ReportLint.Benchmarks -- --filter '*IncrementalAnalysis*'
/// </summary>
[MemoryDiagnoser]
public class IncrementalAnalysisBenchmarks
{
    private readonly AnalysisCache _cache = new();
    private LintEngine _engine = null!;
    private LintConfiguration _configuration = null!;
    private SourceText[] _versions = [];
    private int _current;

    [GlobalSetup]
    public void Setup()
    {
        var markdown = BenchmarkDrafts.Markdown(1 << 20);
        Console.WriteLine($"// Draft size: {Encoding.UTF8.GetByteCount(markdown) / 1e6:F3} MB");
        var original = SourceText.From(markdown);
        _versions = [original, original.WithChanges(new TextChange(new TextSpan(original.Length / 2, 0), "a"))];
        _engine = LintEngine.CreateDefault();
        _configuration = new ConfigurationLoader(_engine.Schema).Defaults;
        _engine.Analyze(DraftLoader.FromText("draft.md", original), _configuration, cache: _cache);
    }

    /// <summary>Each call checks the other version, which differs from the last one checked by the typed character.</summary>
    [Benchmark]
    public object OneCharacterTypedInTheMiddle()
    {
        _current ^= 1;
        return _engine.Analyze(DraftLoader.FromText("draft.md", _versions[_current]), _configuration, cache: _cache);
    }
}
