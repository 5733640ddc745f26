using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// Checks every discovered draft with the configuration that governs it. A file that cannot be
/// read, or whose rules.yml is invalid, becomes an RL9001/RL9005 finding; the others are still checked.
/// <paramref name="loadDraft"/> replaces <see cref="DraftLoader.Load"/>, to keep hold of what was read.
/// </summary>
public sealed class CheckRunner(LintEngine engine, Func<string, Draft>? loadDraft = null)
{
    private readonly ConfigurationLoader _loader = new(engine.Schema);
    private readonly ConcurrentDictionary<string, Lazy<ConfigurationOutcome>> _configurations = new(StringComparer.Ordinal);
    private readonly Func<string, Draft> _loadDraft = loadDraft ?? DraftLoader.Load;

    public RunReport Run(CheckOptions options, string workingDirectory, IProgress<double>? progress = null)
    {
        var inputs = DraftDiscovery.Expand(options.Paths, workingDirectory);
        var explicitConfig = options.ConfigFile is null ? null : Path.GetFullPath(options.ConfigFile, workingDirectory);
        var culture = CultureFor(options, inputs, explicitConfig);
        var reports = new FileReport[inputs.Length];
        var configErrors = new ConcurrentDictionary<string, Diagnostic>(StringComparer.Ordinal);

        var done = 0;
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            reports[i] = CheckOne(inputs[i], explicitConfig, culture, configErrors);
            progress?.Report((double)Interlocked.Increment(ref done) / inputs.Length);
        });

        var configReports = configErrors.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new FileReport(e.Key, null, [e.Value]));
        return new RunReport([.. configReports, .. reports], engine.Descriptors, culture, workingDirectory);
    }

    public static bool HasInputErrors(RunReport report) => report.AllDiagnostics.Any(d =>
        d.Id == ToolDiagnostics.UnreadableInput.Id || d.Id == ToolDiagnostics.InvalidConfiguration.Id);

    private FileReport CheckOne(DiscoveredInput input, string? explicitConfig, CultureInfo culture, ConcurrentDictionary<string, Diagnostic> configErrors)
    {
        if (input.IsEmptyFolder)
        {
            return Unreadable(input.Path, ToolDiagnostics.Text("Cli_NoDrafts", culture));
        }

        if (input.Error is { } problem)
        {
            return Unreadable(input.Path, DescribeProblem(problem, null, culture));
        }

        var configPath = explicitConfig ?? ConfigurationLoader.FindNearest(input.Path);
        var outcome = Configuration(configPath);
        if (outcome.Error is { } error)
        {
            configErrors.TryAdd(error.Path, ConfigurationDiagnostic(error, culture));
            return Unreadable(input.Path, ToolDiagnostics.Text("Cli_NotChecked", culture, error.Path));
        }

        try
        {
            var draft = _loadDraft(input.Path);
            return new FileReport(input.Path, draft, engine.Analyze(draft, outcome.Configuration!).Diagnostics);
        }
        catch (DraftReadException e)
        {
            return Unreadable(input.Path, DescribeProblem(e.Problem, e.Detail, culture));
        }
    }

    private ConfigurationOutcome Configuration(string? path)
    {
        if (path is null)
        {
            return new ConfigurationOutcome(_loader.Defaults, null);
        }

        return _configurations.GetOrAdd(path, p => new Lazy<ConfigurationOutcome>(() =>
        {
            try
            {
                return new ConfigurationOutcome(_loader.Load(p), null);
            }
            catch (ConfigurationException e)
            {
                return new ConfigurationOutcome(null, e);
            }
        })).Value;
    }

    private CultureInfo CultureFor(CheckOptions options, ImmutableArray<DiscoveredInput> inputs, string? explicitConfig)
    {
        if (options.Language is not null)
        {
            return CultureInfo.GetCultureInfo(options.Language);
        }

        var first = inputs.FirstOrDefault(i => i.Error is null && !i.IsEmptyFolder);
        var path = explicitConfig ?? (first is null ? null : ConfigurationLoader.FindNearest(first.Path));
        return (Configuration(path).Configuration ?? _loader.Defaults).Culture();
    }

    public static string DescribeProblem(DraftReadProblem problem, string? detail, CultureInfo culture) =>
        ToolDiagnostics.Text("Read_" + problem, culture, detail ?? string.Empty);

    private static FileReport Unreadable(string path, string message) =>
        new(path, null, [Diagnostic.Create(ToolDiagnostics.UnreadableInput, Location.Create(path, default, default), message)]);

    private static Diagnostic ConfigurationDiagnostic(ConfigurationException error, CultureInfo culture)
    {
        var position = new LinePosition(Math.Max(0, error.Line - 1), Math.Max(0, error.Column - 1));
        return Diagnostic.Create(ToolDiagnostics.InvalidConfiguration, Location.Create(error.Path, default, new LinePositionSpan(position, position)), error.Message);
    }

    private sealed record ConfigurationOutcome(LintConfiguration? Configuration, ConfigurationException? Error);
}
