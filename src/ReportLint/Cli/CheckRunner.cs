using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Plugins;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// Checks every discovered draft with the configuration that governs it. A file that cannot be
/// read, or whose rules.yml is invalid, becomes an RL9001/RL9005 finding, and one whose check failed
/// unexpectedly (a bug) an RL9007 finding; the others are still checked.
/// <paramref name="loadDraft"/> replaces <see cref="DraftLoader.Load"/>, to keep hold of what was read.
/// </summary>
public sealed class CheckRunner(LintEngine engine, Func<string, Draft>? loadDraft = null)
{
    private readonly ConfigurationLoader _loader = new(engine.Schema, new PluginCompiler(PluginCompiler.DefaultCacheFolder).Load);
    private readonly ConcurrentDictionary<string, Lazy<ConfigurationOutcome>> _configurations = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<LintConfiguration, LintEngine> _pluginEngines = [];
    private readonly Func<string, Draft> _loadDraft = loadDraft ?? DraftLoader.Load;

    /// <summary>Under --verbose, where the run's time goes.</summary>
    internal RunTimings? Timings { get; init; }

    public RunReport Run(CheckOptions options, string workingDirectory, IProgress<double>? progress = null)
    {
        var inputs = DraftDiscovery.Expand(options.Paths, workingDirectory);
        Timings?.Mark($"{inputs.Length} inputs found");
        var explicitConfig = options.ConfigFile is null ? null : Path.GetFullPath(options.ConfigFile, workingDirectory);
        var culture = CultureFor(options, inputs, explicitConfig);
        Timings?.Mark("configuration read");
        var reports = new FileReport[inputs.Length];
        var configErrors = new ConcurrentDictionary<string, Diagnostic>(StringComparer.Ordinal);

        var done = 0;
        void Check(int i)
        {
            reports[i] = CheckOne(inputs[i], explicitConfig, culture, configErrors);
            progress?.Report((double)Interlocked.Increment(ref done) / inputs.Length);
        }

        // One draft (an editor's save, a hook) is checked on this thread: starting the thread pool
        // for it is start-up time with nothing to share.
        if (inputs.Length == 1)
        {
            Check(0);
        }
        else
        {
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Check);
        }
        Timings?.Mark("drafts checked");

        var configReports = configErrors.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new FileReport(e.Key, null, [e.Value]));
        var pluginRules = _pluginEngines.SelectMany(e => e.Value.Descriptors);
        var rules = engine.Descriptors.Concat(pluginRules).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        return new RunReport([.. configReports, .. reports], [.. rules], culture, workingDirectory) { ExplainFigures = options.ExplainFigures };
    }

    public static bool HasInputErrors(RunReport report) => report.AllDiagnostics.Any(IsInputError);

    public static bool IsInputError(Diagnostic diagnostic) =>
        diagnostic.Id == ToolDiagnostics.UnreadableInput.Id || diagnostic.Id == ToolDiagnostics.InvalidConfiguration.Id
        || diagnostic.Id == ToolDiagnostics.PluginFailed.Id || diagnostic.Id == ToolDiagnostics.InternalError.Id;

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
            configErrors.TryAdd(error.Path, error.Diagnostic);
            return Unreadable(input.Path, ToolDiagnostics.Text("Cli_NotChecked", culture, configPath));
        }

        try
        {
            var draft = _loadDraft(input.Path);
            var result = EngineFor(outcome.Configuration!).Analyze(draft, outcome.Configuration!);
            return new FileReport(input.Path, ForReport(draft), result.Diagnostics) { FigureChecks = result.FigureChecks };
        }
        catch (DraftReadException e)
        {
            return Unreadable(input.Path, DescribeProblem(e.Problem, e.Detail, culture));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Rules' own failures are RL9004 inside the engine; anything reaching here is a bug in
            // a reader or the engine, and must not stop the other files from being checked.
            var message = ToolDiagnostics.Text("Fault_InFile", culture, ToolDiagnostics.Describe(e), ToolDiagnostics.IssuesUri);
            var diagnostic = Diagnostic.Create(ToolDiagnostics.InternalError, Location.Create(input.Path, default, default), message);
            return new FileReport(input.Path, null, [diagnostic]) { InternalFault = e };
        }
    }

    /// <summary>
    /// What the formatters read of a checked draft: its text, format and Word paragraphs. Its
    /// blocks, prose and tables are dropped as soon as it is analysed, so that a run over a folder
    /// holds each draft's analysis only while it is being checked, not until the report.
    /// </summary>
    private static Draft ForReport(Draft draft) =>
        new(draft.Path, draft.Format, draft.Text, [], [], [], [], draft.Notes, draft.Word);

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
                return new ConfigurationOutcome(null, new ConfigurationError(e.Path, At(ToolDiagnostics.InvalidConfiguration, e.Path, e.Line, e.Column, e.Problem)));
            }
            catch (PluginException e)
            {
                return new ConfigurationOutcome(null, new ConfigurationError(e.Path, At(ToolDiagnostics.PluginFailed, e.Path, e.Line, e.Column, e.Message)));
            }
        })).Value;
    }

    private LintEngine EngineFor(LintConfiguration configuration) =>
        configuration.PluginAnalyzers.IsEmpty
            ? engine
            : _pluginEngines.GetValue(configuration, c => new LintEngine(engine.Analyzers.Concat(c.PluginAnalyzers)));

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

    private static Diagnostic At(DiagnosticDescriptor descriptor, string path, int line, int column, object message)
    {
        var position = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        return Diagnostic.Create(descriptor, Location.Create(path, default, new LinePositionSpan(position, position)), message);
    }

    private sealed record ConfigurationError(string Path, Diagnostic Diagnostic);

    private sealed record ConfigurationOutcome(LintConfiguration? Configuration, ConfigurationError? Error);
}
