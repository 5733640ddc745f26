using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Reporting;
using ReportLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer over the Markdown, text and Word readers, the rules, the text report and
/// rules.yml, bounded in time: every input is checked or refused with a read or configuration
/// error, none throws anything else, none takes longer than <see cref="CaseTimeout"/>.
/// REPORTLINT_FUZZ_SEED and REPORTLINT_FUZZ_SECONDS (default 12 and 15) choose the run
/// (scripts/fuzz runs it longer). An input that fails is written to a file to keep in Regressions/.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    // Kept inputs are named "{how it was found}__{name the reader goes by}".
    private const string NameSeparator = "__";

    private static string RegressionFolder => Path.Combine(TestPaths.ProjectDirectory, "Fuzzing", "Regressions");

    public static TheoryData<string> Regressions => [.. Directory.GetFiles(RegressionFolder).Select(path => Path.GetFileName(path)).Order()];

    [Fact]
    public async Task Mutated_inputs_are_checked_or_refused_and_none_crashes_or_hangs()
    {
        var seed = Setting("REPORTLINT_FUZZ_SEED", 12);
        var budget = TimeSpan.FromSeconds(Setting("REPORTLINT_FUZZ_SECONDS", 15));
        var fuzzer = new MutationFuzzer(seed);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var slowest = (Time: TimeSpan.Zero, Case: (FuzzCase?)null);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        for (; clock.Elapsed < budget && failures.Count == 0; cases++)
        {
            var fuzzCase = fuzzer.Case(cases);
            var started = Stopwatch.StartNew();
            var run = Task.Run(() => Outcome(fuzzCase.Name, fuzzCase.Bytes));
            if (await Task.WhenAny(run, Task.Delay(CaseTimeout)) != run)
            {
                failures.Add($"hang over {CaseTimeout.TotalSeconds} s: {Describe(seed, fuzzCase)}");
                break;
            }

            if (run.Exception?.InnerException is { } crash)
            {
                failures.Add($"crash: {Describe(seed, fuzzCase)}\n{crash}");
                break;
            }

            var outcome = await run;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (started.Elapsed > slowest.Time)
            {
                slowest = (started.Elapsed, fuzzCase);
            }
        }

        output.WriteLine($"seed {seed}: {cases} cases in {clock.Elapsed.TotalSeconds:F0} s, {failures.Count} crashes or hangs; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        output.WriteLine($"slowest case: {slowest.Time.TotalSeconds:F2} s, {slowest.Case?.Name} ({slowest.Case?.Mutation})");
        foreach (var (outcome, count) in outcomes)
        {
            output.WriteLine($"  {count,6}  {outcome}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(cases > 0, "the fuzzer ran no case");
    }

    /// <summary>Inputs the fuzzer, or a person, once found failing.</summary>
    [Theory]
    [MemberData(nameof(Regressions))]
    public async Task Inputs_that_once_failed_are_checked_or_refused(string file)
    {
        var name = file[(file.IndexOf(NameSeparator, StringComparison.Ordinal) + NameSeparator.Length)..];
        var run = Task.Run(() => Outcome(name, File.ReadAllBytes(Path.Combine(RegressionFolder, file))));

        Assert.True(await Task.WhenAny(run, Task.Delay(CaseTimeout)) == run, $"{file} took longer than {CaseTimeout.TotalSeconds} s");
        Assert.Matches("^(checked|refused: .+)$", await run);
    }

    /// <summary>"checked", or "refused: why"; anything else is thrown.</summary>
    private static string Outcome(string name, byte[] bytes)
    {
        try
        {
            if (name == ConfigurationLoader.FileName)
            {
                Lint.Loader.Parse(Encoding.UTF8.GetString(bytes), name);
                return "checked";
            }

            var draft = DraftLoader.FromBytes(name, bytes);
            var result = Lint.Engine.Analyze(draft, Lint.Loader.Defaults);
            var report = new RunReport([new FileReport(name, draft, result.Diagnostics)], Lint.Engine.Descriptors, CultureInfo.GetCultureInfo("vi"), "/");
            new TextFormatter(useColor: false).Write(report, TextWriter.Null);
            return "checked";
        }
        catch (DraftReadException e)
        {
            return $"refused: {Path.GetExtension(name)} {e.Problem}";
        }
        catch (ConfigurationException)
        {
            return "refused: rules.yml";
        }
    }

    private static string Describe(int seed, FuzzCase fuzzCase)
    {
        var kept = Path.Combine(Path.GetTempPath(), "reportlint-fuzz", $"seed{seed}.case{fuzzCase.Index}{NameSeparator}{fuzzCase.Name}");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.WriteAllBytes(kept, fuzzCase.Bytes);
        return $"seed {seed} case {fuzzCase.Index}, {fuzzCase.Name}: {fuzzCase.Mutation}; input kept in {kept}";
    }

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
