using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Rules.Typography;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Analysis;

/// <summary>What <see cref="AnalysisCache"/> keeps, replays, runs again and forgets.</summary>
public sealed class AnalysisCacheTests
{
    private const string ThreeParagraphs = "Đoạn một có các các lỗi.\n\nĐoạn hai.\n\nĐoạn ba có có lỗi.\n";

    [Fact]
    public void Unchanged_blocks_are_replayed_at_their_new_place_and_only_the_edited_one_runs()
    {
        // A built-in descriptor with one message argument: the test needs a rule, not a new one.
        var counter = new CountingAnalyzer(
            RL2010StrayPunctuation.Rule,
            (block, rule) => block.ReportAtProse(rule, 0, 1, FixData.Replace(block.Block.Prose.ToSource(0, 1), "x"), block.Text.Text[..1]));
        var engine = new LintEngine([counter]);
        var cache = new AnalysisCache();
        Analyze(engine, ThreeParagraphs, cache);
        Assert.Equal(3, counter.Runs);

        var edited = "Thêm.\n\n" + ThreeParagraphs.Replace("Đoạn hai.", "Đoạn hai sửa.", StringComparison.Ordinal);
        var result = Analyze(engine, edited, cache);

        Assert.Equal(3 + 2, counter.Runs);
        Assert.Equal(Describe(Analyze(engine, edited, null)), Describe(result));
    }

    [Fact]
    public void Blocks_the_latest_analysis_did_not_meet_are_evicted()
    {
        var cache = new AnalysisCache();
        Analyze(Lint.Engine, ThreeParagraphs, cache);
        Assert.Equal((3, 3), (cache.BlockCount, cache.TextCount));

        Analyze(Lint.Engine, "Đoạn hai.\n", cache);

        Assert.Equal((1, 1), (cache.BlockCount, cache.TextCount));
    }

    [Fact]
    public void Another_configuration_empties_the_cache()
    {
        var cache = new AnalysisCache();
        Assert.Equal(["các các", "có có"], Duplicated(Analyze(Lint.Engine, ThreeParagraphs, cache)));

        var allowing = Lint.Loader.Parse(
            """
            rules:
              RL2001:
                allow: [các các]
            """,
            "rules.yml");
        var result = Lint.Engine.Analyze(DraftLoader.FromText("draft.md", SourceText.From(ThreeParagraphs)), allowing, cache: cache);

        Assert.Equal(["có có"], Duplicated(result));
    }

    [Fact]
    public void A_block_whose_action_reports_outside_it_runs_again_every_time()
    {
        // Breaks the contract: the actions of every block but the first report at the start of the draft.
        var outside = new CountingAnalyzer(RL2006DoubledPunctuation.Rule, (block, rule) =>
        {
            if (block.Block.Span.Start > 0)
            {
                block.Report(rule, new TextSpan(0, 1), null, "..");
            }
        });
        var engine = new LintEngine([outside]);
        var cache = new AnalysisCache();
        Analyze(engine, ThreeParagraphs, cache);
        var result = Analyze(engine, ThreeParagraphs, cache);

        Assert.Equal(3 + 2, outside.Runs);
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Fact]
    public void A_cancelled_analysis_evicts_nothing()
    {
        var cache = new AnalysisCache();
        Analyze(Lint.Engine, ThreeParagraphs, cache);
        var draft = DraftLoader.FromText("draft.md", SourceText.From("Khác hẳn.\n"));

        Assert.Throws<OperationCanceledException>(() => Lint.Engine.Analyze(draft, Lint.Loader.Defaults, new CancellationToken(canceled: true), cache));

        Assert.Equal(3, cache.BlockCount);
    }

    private static LintResult Analyze(LintEngine engine, string text, AnalysisCache? cache) =>
        engine.Analyze(DraftLoader.FromText("draft.md", SourceText.From(text)), Lint.Loader.Defaults, cache: cache);

    private static string[] Duplicated(LintResult result) =>
        [.. result.Diagnostics.Where(d => d.Id == "RL2001").Select(d => ThreeParagraphs.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))];

    private static string[] Describe(LintResult result) => [.. result.Diagnostics.Select(d => Lint.Describe(d))];

    /// <summary>A block action that counts the blocks it was run on.</summary>
    private sealed class CountingAnalyzer(DiagnosticDescriptor rule, Action<BlockAnalysisContext, DiagnosticDescriptor> report) : DraftAnalyzer
    {
        public int Runs { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [rule];

        public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(block =>
        {
            Runs++;
            report(block, rule);
        });
    }
}
