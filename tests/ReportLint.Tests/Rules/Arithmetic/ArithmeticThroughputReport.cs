using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>
/// Number extraction plus every arithmetic rule over the news corpus, single thread, in MB of
/// UTF-8 input per second (the target is 10). A report, not an assertion: shared machines vary.
/// Run by <c>scripts/test-reports</c>, not by the default test run.
/// </summary>
[Trait("Category", "CorpusReport")]
public sealed class ArithmeticThroughputReport(ITestOutputHelper output)
{
    [CorpusReportFact]
    public void Arithmetic_rules_throughput()
    {
        var texts = Directory.GetFiles(CorpusReportFactAttribute.CorpusFolder, "*.md").Select(File.ReadAllText).ToList();
        var bytes = texts.Sum(Encoding.UTF8.GetByteCount);
        var configuration = Lint.Loader.Defaults;
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            // Drafts are read outside the clock: reading Markdown is not the arithmetic rules' cost.
            var drafts = texts.Select((t, i) => DraftLoader.FromText($"{i}.md", SourceText.From(t))).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var draft in drafts)
            {
                ArithmeticTestEngine.Engine.Analyze(draft, configuration);
            }

            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        output.WriteLine($"{bytes / 1e6:F2} MB in {best.TotalMilliseconds:F0} ms: {bytes / 1e6 / best.TotalSeconds:F1} MB/s (tokens, sentences, numbers and the eight RL1xxx rules)");
    }
}
