using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.VsCodeHost.Documents;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// Runs the engine on a document version with the configuration that governs it, and remembers
/// the latest outcome per document so code actions and hover do not check the same text again.
/// Each open document keeps an <see cref="AnalysisCache"/>, so an edit re-checks only the blocks it
/// changed; a new configuration generation starts it afresh.
/// </summary>
internal sealed class DocumentChecker(ConfigurationResolver configurations)
{
    private readonly ConcurrentDictionary<string, CheckOutcome> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GenerationCache> _caches = new(StringComparer.Ordinal);

    /// <exception cref="OperationCanceledException">A newer edit made this check pointless.</exception>
    public CheckOutcome Check(DocumentSnapshot document, CancellationToken cancellationToken)
    {
        var configuration = configurations.Resolve(document.LocalPath);
        if (_latest.TryGetValue(document.Uri, out var latest)
            && latest.Document == document
            && latest.Configuration.Generation == configuration.Generation)
        {
            return latest;
        }

        var outcome = Run(document, configuration, cancellationToken);

        // A slow check of an older version must not replace a newer one that finished first.
        _latest.AddOrUpdate(document.Uri, outcome, (_, existing) => existing.Document.Version > document.Version ? existing : outcome);
        return outcome;
    }

    public void Forget(string uri)
    {
        _latest.TryRemove(uri, out _);
        _caches.TryRemove(uri, out _);
    }

    private CheckOutcome Run(DocumentSnapshot document, ResolvedConfiguration configuration, CancellationToken cancellationToken)
    {
        var draftPath = DraftKinds.DraftPath(document.LocalPath ?? document.Uri, document.Kind);
        if (configuration.Configuration is not { } lintConfiguration)
        {
            return new CheckOutcome(document, draftPath, configuration, null, [InvalidConfiguration(draftPath, configuration)]);
        }

        Draft draft;
        try
        {
            draft = DraftLoader.FromText(draftPath, document.Text);
        }
        catch (DraftReadException e)
        {
            // Beyond a limit of docs/limits.md: said at the document's start, as the command line says it.
            var message = ToolDiagnostics.DescribeReadProblem(e.Problem, e.Detail, configuration.Culture);
            return new CheckOutcome(document, draftPath, configuration, null, [Diagnostic.Create(ToolDiagnostics.UnreadableInput, Location.Create(draftPath, default, default), message)]);
        }

        var result = configuration.Engine.Analyze(draft, lintConfiguration, cancellationToken, CacheOf(document.Uri, configuration.Generation));
        return new CheckOutcome(document, draftPath, configuration, result, result.Diagnostics);
    }

    private AnalysisCache CacheOf(string uri, int generation) =>
        _caches.AddOrUpdate(
            uri,
            _ => new GenerationCache(generation, new AnalysisCache()),
            (_, existing) => existing.Generation == generation ? existing : new GenerationCache(generation, new AnalysisCache())).Cache;

    /// <summary>
    /// The document is not checked, as the command line does not check it either; the finding sits
    /// at its start and points to the error inside rules.yml or the plugin that has it.
    /// </summary>
    private static Diagnostic InvalidConfiguration(string draftPath, ResolvedConfiguration configuration)
    {
        var error = configuration.Error!;
        var atStart = Location.Create(draftPath, default, default);
        var notChecked = ToolDiagnostics.Text("Cli_NotChecked", configuration.Culture, error.Path);
        return Diagnostic.Create(
            error.Descriptor,
            atStart,
            [error.Location],
            properties: null,
            $"{notChecked}: {error.Line}:{error.Column}: {error.Describe(configuration.Culture)}");
    }

    private sealed record GenerationCache(int Generation, AnalysisCache Cache);
}
