using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace ReportLint.VsCodeHost.Tests.Fuzzing;

/// <summary>
/// The seeded LSP traffic fuzzer (<see cref="LspFuzzer"/>): a few cases in the test run,
/// REPORTLINT_LSP_FUZZ_CASES and REPORTLINT_LSP_FUZZ_SEED for more (scripts/fuzz --lsp --cases N).
/// Traffic that fails is written to a file to keep in Regressions/.
/// </summary>
public sealed class LspFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private static string RegressionFolder => Path.Combine(RepositoryRoot(), "tests", "ReportLint.VsCodeHost.Tests", "Fuzzing", "Regressions");

    public static TheoryData<string> Regressions => [.. Directory.GetFiles(RegressionFolder, "*.lsp").Select(path => Path.GetFileName(path)).Order()];

    [Fact]
    public async Task Mutated_traffic_never_crashes_or_hangs_the_server_and_a_final_request_is_answered()
    {
        var seed = Setting("REPORTLINT_LSP_FUZZ_SEED", 12);
        var count = Setting("REPORTLINT_LSP_FUZZ_CASES", 25);
        var fuzzer = new LspFuzzer(seed);
        LspSession.EnsureDraftOnDisk();
        var failures = new List<string>();
        var (crashes, hangs) = (0, 0);
        var peakManaged = 0L;
        var slowest = (Time: TimeSpan.Zero, Case: -1);
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < count; index++)
        {
            var fuzzCase = fuzzer.Case(index);
            var started = Stopwatch.StartNew();
            IReadOnlyList<string> problems;
            try
            {
                problems = await LspFuzzRunner.RunAsync(fuzzCase.Traffic, fuzzCase.Chunks, fuzzCase.ExpectedIds, CaseTimeout);
            }
            catch (Exception e)
            {
                problems = [$"crash: {e}"];
            }

            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
            if (started.Elapsed > slowest.Time)
            {
                slowest = (started.Elapsed, index);
            }

            if (problems.Count > 0)
            {
                hangs += problems.Any(p => p.StartsWith("hang", StringComparison.Ordinal)) ? 1 : 0;
                crashes += problems.Any(p => p.StartsWith("hang", StringComparison.Ordinal)) ? 0 : 1;
                failures.Add($"seed {seed} case {index} ({fuzzCase.Mutation}), kept as {Keep(seed, fuzzCase)}:\n  {string.Join("\n  ", problems)}");
            }
        }

        var process = Process.GetCurrentProcess();
        output.WriteLine($"LSP fuzz, seed {seed}: {count} cases in {clock.Elapsed.TotalSeconds:F0} s, {crashes} crashes, {hangs} hangs; " +
            $"peak working set {process.PeakWorkingSet64 >> 20} MB, peak managed heap {peakManaged >> 20} MB, " +
            $"largest GC heap {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes >> 20} MB; slowest case {slowest.Case} ({slowest.Time.TotalSeconds:F1} s)");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Traffic the fuzzer once found failing, replayed whole.</summary>
    [Theory]
    [MemberData(nameof(Regressions))]
    public async Task Traffic_that_once_failed_is_survived(string file)
    {
        LspSession.EnsureDraftOnDisk();

        var problems = await LspFuzzRunner.RunAsync(File.ReadAllBytes(Path.Combine(RegressionFolder, file)), [], new HashSet<string>(), CaseTimeout);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string Keep(int seed, LspFuzzCase fuzzCase)
    {
        var kept = Path.Combine(Path.GetTempPath(), "reportlint-lsp-fuzz", $"seed{seed}.case{fuzzCase.Index}.lsp");
        File.WriteAllBytes(kept, fuzzCase.Traffic);
        return kept;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string RepositoryRoot() =>
        typeof(LspFuzzTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
