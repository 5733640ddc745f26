using System.Collections.Concurrent;
using System.Diagnostics;
using ReportLint.Analysis;

namespace ReportLint.Cli;

/// <summary>
/// Where a run's time goes, written to the error stream under <c>--verbose</c>, so that start-up
/// work is measured rather than guessed: the moments the run reached (from the process's start)
/// and, per analyzer, the time it took over all drafts (its first use pays for loading its data
/// and compiling its code). Only created under --verbose: a run without it reads no clock.
/// </summary>
internal sealed class RunTimings
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly ConcurrentQueue<(string What, long At)> _marks = new();
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)> _analyzers = new(StringComparer.Ordinal);

    /// <summary>Records that the run has reached <paramref name="what"/>.</summary>
    public void Mark(string what) => _marks.Enqueue((what, Stopwatch.GetTimestamp()));

    /// <summary>Adds an analyzer's time and allocations on one draft (a <see cref="LintEngine.AnalyzerTimed"/> handler).</summary>
    public void AddAnalyzer(DraftAnalyzer analyzer, long ticks, long bytes) =>
        _analyzers.AddOrUpdate(analyzer.GetType().Name, (ticks, bytes), (_, sum) => (sum.Ticks + ticks, sum.Bytes + bytes));

    public void WriteTo(TextWriter writer)
    {
        // The runtime's own start (host, loading, JIT of Main) is before the first mark: the
        // process's start time tells it, to the resolution the system keeps.
        var beforeMain = DateTime.Now - Process.GetCurrentProcess().StartTime - Stopwatch.GetElapsedTime(_started);
        writer.WriteLine($"timing: {beforeMain.TotalMilliseconds,8:F1} ms  runtime start before Main (approximate)");
        var previous = _started;
        foreach (var (what, at) in _marks.OrderBy(m => m.At))
        {
            writer.WriteLine($"timing: {Stopwatch.GetElapsedTime(_started, at).TotalMilliseconds,8:F1} ms  {what} (+{Stopwatch.GetElapsedTime(previous, at).TotalMilliseconds:F1})");
            previous = at;
        }

        foreach (var (name, (ticks, bytes)) in _analyzers.OrderByDescending(a => a.Value.Ticks).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"timing: {ticks * 1000.0 / Stopwatch.Frequency,8:F1} ms  {bytes / 1e6,8:F1} MB allocated  {name} (all drafts, all threads)");
        }
    }
}
