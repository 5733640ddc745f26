using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Rules.Typography;
using ReportLint.Tests.Infrastructure;
using ReportLint.Tests.Vietnamese;
using ReportLint.Text;
using Xunit.Abstractions;

namespace ReportLint.Tests.Rules.Orthography;

/// <summary>
/// Findings per 10,000 words of each RL3xxx/RL4xxx rule over the news corpus in ../shared/corpus,
/// every finding with its excerpt (to judge false alarms), and the rules' speed. A report, run by
/// <c>scripts/test-reports</c>, not by the default test run.
/// </summary>
[Trait("Category", "CorpusReport")]
public sealed class CorpusReportTests(ITestOutputHelper output)
{
    // The corpus read several times over, so that timings rise well above the clock's resolution.
    private const int Repeats = 4;

    [CorpusReportFact]
    public void Findings_per_10000_words_and_speed()
    {
        var files = SharedTexts.Files(SharedTexts.CorpusFolder, "*.md").ToList();
        var counts = OrthographyRuleSet.RuleIds.ToDictionary(id => id, _ => 0);
        var lines = new List<string>();
        long words = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            words += Tokenizer.Tokenize(text).Count(t => t.Kind == TokenKind.Word);
            var result = Lint.Text(text, file, OrthographyRuleSet.Engine);
            foreach (var diagnostic in result.Diagnostics)
            {
                counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
                lines.Add($"{diagnostic.Id} {Path.GetFileName(file)}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1} {diagnostic.Severity} “{OrthographyRuleSet.Excerpt(result, diagnostic)}” {diagnostic.GetMessage(CultureInfo.GetCultureInfo("vi"))}");
            }
        }

        output.WriteLine($"{files.Count} articles, {words} words");
        foreach (var (id, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{id}: {count} findings, {count * 10000.0 / Math.Max(words, 1):F2} per 10,000 words");
        }

        var drafts = files.Select(f => DraftLoader.FromText(f, SourceText.From(File.ReadAllText(f)))).ToList();
        var megabytes = Repeats * files.Sum(f => (double)new FileInfo(f).Length) / (1024 * 1024);
        // Warm up first, so that tiered compilation has optimized the code before the clock runs.
        Time(OrthographyRuleSet.Engine, drafts);
        var baseline = Time(new LintEngine([new TokensOnly()]), drafts);
        output.WriteLine($"speed, single thread, {megabytes:F1} MB: tokens and sentences alone {megabytes / baseline:F1} MB/s; the rules' own work, tokenization excluded:");
        output.WriteLine($"  all RL3xxx/RL4xxx together {Speed(Time(OrthographyRuleSet.Engine, drafts))}");
        foreach (var id in OrthographyRuleSet.RuleIds)
        {
            output.WriteLine($"  {id} {Speed(Time(Lint.EngineFor(id), drafts))}");
        }

        // A rule that reads few blocks may cost less than tokenizing them all: it is then at least as fast as the tokenizer.
        string Speed(double seconds) => seconds > baseline
            ? $"{megabytes / (seconds - baseline):F1} MB/s"
            : $"faster than the tokenizer ({seconds:F2} s)";

        foreach (var line in lines.Order(StringComparer.Ordinal))
        {
            output.WriteLine(line);
        }
    }

    /// <summary>
    /// Processor seconds to lint the drafts <see cref="Repeats"/> times, best of three rounds: processor time, not wall time,
    /// because the shared machines run many other jobs.
    /// </summary>
    private static double Time(LintEngine engine, List<Draft> drafts)
    {
        var best = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var repeat = 0; repeat < Repeats; repeat++)
            {
                foreach (var draft in drafts)
                {
                    engine.Analyze(draft, Lint.Loader.Defaults);
                }
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }

    /// <summary>The baseline: the engine tokenizes every block for it and it does nothing more.</summary>
    private sealed class TokensOnly : DraftAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [RL2001DuplicatedWord.Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(_ => { });
    }
}
