using BenchmarkDotNet.Attributes;
using ReportLint.Analysis;

namespace ReportLint.Benchmarks;

/// <summary>
/// One family of rules alone on the 1 MB draft, already read (tokenizing and number scanning
/// included, as the rules pay for them).
/// Run: dotnet run -c Release --project tests/ReportLint.Benchmarks -- --filter '*RuleFamily*'
/// </summary>
public class RuleFamilyBenchmarks : MarkdownDraftBenchmark
{
    private static readonly Dictionary<string, string[]> Families = new()
    {
        ["Typography"] = [RuleCategories.Typography],
        ["Arithmetic"] = [RuleCategories.Arithmetic],
        ["OrthographyAndDates"] = [RuleCategories.Orthography, RuleCategories.DatesAndReferences],
        ["Vietnamese"] = [RuleCategories.Orthography],
        ["Dates"] = [RuleCategories.DatesAndReferences],
    };

    private LintEngine _family = null!;

    [Params("Typography", "Arithmetic", "OrthographyAndDates", "Vietnamese", "Dates")]
    public string Family { get; set; } = "Typography";

    [GlobalSetup(Target = nameof(LintDraft))]
    public void SetupFamily()
    {
        Setup();
        _family = new LintEngine(Engine.Analyzers.Where(a => a.SupportedDiagnostics.All(d => Families[Family].Contains(d.Category))));
    }

    /// <remarks>
    /// Analysing the same draft again measures no cache: what rules compute from a block's prose
    /// lives with its tokens, which each analysis without an <see cref="AnalysisCache"/> makes anew.
    /// </remarks>
    [Benchmark]
    public object LintDraft() => _family.Analyze(Draft, Configuration);
}
