using System.Collections.Concurrent;
using System.Globalization;
using ReportLint.Configuration;
using ReportLint.Plugins;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// Finds and loads the rules.yml nearest each document with the plugins it lists, caching both the
/// lookups and the loaded files until a rules.yml or a plugin changes, and lays the editor's
/// settings over the result.
/// </summary>
internal sealed class ConfigurationResolver(RulesLoader loader, Action<RulesProblem> reportInvalid)
{
    // Folder -> nearest rules.yml (null: none), and rules.yml -> what loading it gave. Both are
    // dropped together: a rules.yml created or deleted changes the first, an edit of it or of a
    // plugin the second.
    private readonly ConcurrentDictionary<string, string?> _nearest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<RulesOutcome>> _loaded = new(StringComparer.Ordinal);
    private ClientSettings _settings = ClientSettings.None;
    private int _generation;

    public int Generation => Volatile.Read(ref _generation);

    public ClientSettings Settings
    {
        get => Volatile.Read(ref _settings);
        set
        {
            Volatile.Write(ref _settings, value);
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>Whether a rules.yml read so far lists this C# file as a plugin, compiled or not.</summary>
    public bool IsPlugin(string path) =>
        _loaded.Values.Any(loaded => loaded.IsValueCreated && loaded.Value.Plugins.Contains(path, StringComparer.Ordinal));

    /// <summary>Forgets every rules.yml read so far; the next check of each document reads them again.</summary>
    public void Invalidate()
    {
        _nearest.Clear();
        _loaded.Clear();
        Interlocked.Increment(ref _generation);
    }

    /// <summary>The nearest rules.yml of a document on disk; null for other documents and when there is none.</summary>
    public string? NearestFile(string? documentPath)
    {
        if (documentPath is null)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? documentPath;
        return _nearest.GetOrAdd(folder, f => ConfigurationLoader.FindNearest(Path.Combine(f, "draft")));
    }

    /// <param name="documentPath">The document's local path; null for documents that are not files.</param>
    public ResolvedConfiguration Resolve(string? documentPath)
    {
        // Read the generation first: a change racing with this call then leaves a stale number,
        // which only costs one more check, never a stale result under a current number.
        var generation = Generation;
        var settings = Settings;
        var file = NearestFile(documentPath);
        var loaded = file is null ? new RulesOutcome(loader.Defaults, null, []) : Load(file);
        var rules = loaded.Rules ?? loader.Defaults;
        var configuration = loaded.Rules?.Configuration is { } found && !settings.Severities.IsEmpty
            ? found.WithSeverities(settings.Severities)
            : loaded.Rules?.Configuration;
        var language = settings.Language ?? loaded.Rules?.Configuration.Language ?? loader.Defaults.Configuration.Language;
        return new ResolvedConfiguration(configuration, rules.Engine, loaded.Problem, CultureInfo.GetCultureInfo(language == "en" ? "en" : "vi"), generation);
    }

    private RulesOutcome Load(string path) =>
        _loaded.GetOrAdd(path, p => new Lazy<RulesOutcome>(() =>
        {
            var outcome = loader.Load(p);
            if (outcome.Problem is { } problem)
            {
                // Once per load, not per keystroke: the failure stays cached until the file changes.
                reportInvalid(problem);
            }

            return outcome;
        })).Value;
}
