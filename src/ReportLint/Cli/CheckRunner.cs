using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Analysis.Fixes;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Plugins;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// Checks every discovered draft with the configuration that governs it. A file that cannot be
/// read, or whose rules.yml is invalid, becomes an RL9001/RL9005 finding, and one whose check failed
/// unexpectedly (a bug) an RL9007 finding; the others are still checked.
/// <paramref name="loadDraft"/> replaces <see cref="DraftLoader.Load"/>, to keep hold of what was
/// read; <paramref name="pluginCache"/> replaces <see cref="PluginCompiler.DefaultCacheFolder"/>.
/// </summary>
/// With <see cref="CheckOptions.Fix"/>, every certain fix is applied (<see cref="FixLoop"/>) and the
/// report is of what is left: to the text of Markdown and plain-text drafts, and to Word drafts
/// through <paramref name="applyWordFixes"/> (without it a Word draft is only checked).
internal sealed class CheckRunner(LintEngine engine, Func<string, Draft>? loadDraft = null, string? pluginCache = null, Func<Draft, IReadOnlyList<RuleFix>, AppliedFixes>? applyWordFixes = null)
{
    private readonly RulesLoader _loader = new(engine, new PluginCompiler(pluginCache ?? PluginCompiler.DefaultCacheFolder));
    private readonly ConcurrentDictionary<string, Lazy<RulesOutcome>> _configurations = new(StringComparer.Ordinal);
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
            reports[i] = CheckOne(inputs[i], options, explicitConfig, culture, configErrors);
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
        var pluginRules = _configurations.Values.Select(c => c.Value.Rules).OfType<ConfiguredRules>().SelectMany(r => r.Engine.Descriptors);
        var rules = engine.Descriptors.Concat(pluginRules).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        return new RunReport([.. configReports, .. reports], [.. rules], culture, workingDirectory) { ExplainFigures = options.ExplainFigures };
    }

    public static bool HasUncheckedParts(RunReport report) => report.AllDiagnostics.Any(LeftUnchecked);

    /// <summary>
    /// Something could not be checked: an input, the configuration, a plugin, the tool itself, or a rule
    /// that failed on a draft (RL9004: the other rules ran, but the draft was not fully checked).
    /// </summary>
    public static bool LeftUnchecked(Diagnostic diagnostic) =>
        diagnostic.Id == ToolDiagnostics.UnreadableInput.Id || diagnostic.Id == ToolDiagnostics.InvalidConfiguration.Id
        || diagnostic.Id == ToolDiagnostics.PluginFailed.Id || diagnostic.Id == ToolDiagnostics.InternalError.Id
        || diagnostic.Id == ToolDiagnostics.RuleFailed.Id;

    private FileReport CheckOne(DiscoveredInput input, CheckOptions options, string? explicitConfig, CultureInfo culture, ConcurrentDictionary<string, Diagnostic> configErrors)
    {
        if (input.IsEmptyFolder)
        {
            return Unreadable(input.Path, ToolDiagnostics.Text("Cli_NoDrafts", culture));
        }

        if (input.Error is { } problem)
        {
            return Unreadable(input.Path, ToolDiagnostics.DescribeReadProblem(problem, null, culture));
        }

        var configPath = explicitConfig ?? ConfigurationLoader.FindNearest(input.Path);
        var outcome = Configuration(configPath);
        if (outcome.Problem is { } configurationProblem)
        {
            configErrors.TryAdd(configurationProblem.Path, configurationProblem.ToDiagnostic());
            return Unreadable(input.Path, ToolDiagnostics.Text("Cli_NotChecked", culture, configPath));
        }

        try
        {
            var draft = _loadDraft(input.Path);
            var rules = outcome.Rules!;
            LintResult Lint(Draft d) => rules.Engine.Analyze(d, rules.Configuration);
            if (options.Fix && FixesFor(draft) is { } apply)
            {
                var fixes = FixLoop.Run(draft, Lint, apply);
                var left = fixes.Remaining;
                return new FileReport(input.Path, left.Draft, left.Diagnostics) { FigureChecks = left.FigureChecks, Fix = fixes };
            }

            var result = Lint(draft);
            return new FileReport(input.Path, ForReport(draft), result.Diagnostics) { FigureChecks = result.FigureChecks };
        }
        catch (DraftReadException e)
        {
            return Unreadable(input.Path, ToolDiagnostics.DescribeReadProblem(e.Problem, e.Detail, culture));
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

    /// <summary>
    /// How fixes reach a draft: into its text, keeping only what its file's encoding can hold (a
    /// legacy Windows-1258 file is written back in Windows-1258); a Word draft only into a copy.
    /// </summary>
    private Func<Draft, IReadOnlyList<RuleFix>, AppliedFixes>? FixesFor(Draft draft)
    {
        if (draft.Format == DraftFormat.Word)
        {
            return applyWordFixes;
        }

        var encoding = draft.Text.Encoding;
        return encoding is null || TextFileEncoding.HoldsAnyText(encoding)
            ? FixLoop.ApplyToText
            : (d, fixes) => FixLoop.ApplyToText(d, [.. fixes.Where(f => TextFileEncoding.CanHold(encoding, f.Change.NewText ?? string.Empty))]);
    }

    private RulesOutcome Configuration(string? path) =>
        path is null
            ? new RulesOutcome(_loader.Defaults, null, [])
            : _configurations.GetOrAdd(path, p => new Lazy<RulesOutcome>(() => _loader.Load(p))).Value;

    private CultureInfo CultureFor(CheckOptions options, ImmutableArray<DiscoveredInput> inputs, string? explicitConfig)
    {
        if (options.Language is not null)
        {
            return CultureInfo.GetCultureInfo(options.Language);
        }

        var first = inputs.FirstOrDefault(i => i.Error is null && !i.IsEmptyFolder);
        var path = explicitConfig ?? (first is null ? null : ConfigurationLoader.FindNearest(first.Path));
        return (Configuration(path).Rules ?? _loader.Defaults).Configuration.Culture();
    }

    private static FileReport Unreadable(string path, string message) =>
        new(path, null, [Diagnostic.Create(ToolDiagnostics.UnreadableInput, Location.Create(path, default, default), message)]);
}
