using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Analysis;

public class RuleFailureTests
{
    // A rule the engine below does not otherwise run, so the failure is all it says about it.
    private static readonly DiagnosticDescriptor Broken = Lint.Engine.Descriptors.Single(d => d.Id == "RL2002");

    [Fact]
    public void A_rule_that_throws_is_a_finding_against_it_and_the_other_rules_still_run()
    {
        var engine = new LintEngine([new ThrowingAnalyzer(), .. Lint.EngineFor("RL2001").Analyzers]);

        var result = Lint.Text("Theo chỉ đạo của của Tỉnh ủy.\n", engine: engine);

        Assert.Equal(["RL2001", "RL9004"], result.Diagnostics.Select(d => d.Id).Order());
        var failure = result.Diagnostics.Single(d => d.Id == "RL9004");
        Assert.Equal("Quy tắc RL2002 gặp lỗi khi kiểm tra bản thảo này: index out of range", failure.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi")));
    }

    private sealed class ThrowingAnalyzer : DraftAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Broken];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterBlockAction(_ => throw new IndexOutOfRangeException("index out of range"));
    }
}
