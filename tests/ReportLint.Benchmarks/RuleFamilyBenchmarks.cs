using BenchmarkDotNet.Attributes;
using ReportLint.Analysis;
using ReportLint.Documents;

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
    };

    private LintEngine _family = null!;
    private Draft _freshDraft = null!;

    [Params("Typography", "Arithmetic", "OrthographyAndDates")]
    public string Family { get; set; } = "Typography";

    [GlobalSetup(Target = nameof(LintDraft))]
    public void SetupFamily()
    {
        Setup();
        _family = new LintEngine(Engine.Analyzers.Where(a => a.SupportedDiagnostics.All(d => Families[Family].Contains(d.Category))));
    }

    /// <summary>
    /// Rules keep what they computed from a block's prose as long as its tokens live (its figures,
    /// the traits of its words): linting the same draft again would measure those caches. The
    /// reader's garbage is collected here, or the rules would pay for it.
    /// </summary>
    [IterationSetup(Target = nameof(LintDraft))]
    public void ReadDraftAgain()
    {
        _freshDraft = DraftLoader.FromText("draft.md", Text);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark]
    public LintResult LintDraft() => _family.Analyze(_freshDraft, Configuration);
}
