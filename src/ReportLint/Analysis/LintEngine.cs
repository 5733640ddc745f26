using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>
/// Runs every enabled analyzer over a draft, then applies rules.yml severities and inline
/// suppressions. It knows nothing of the command line or the language server.
/// </summary>
internal sealed class LintEngine
{
    private readonly ImmutableArray<AnalysisContext> _registrations;

    public LintEngine(IEnumerable<DraftAnalyzer> analyzers)
    {
        Analyzers = [.. analyzers];
        _registrations = [.. Analyzers.Select(Register)];
        Descriptors = [.. Analyzers.SelectMany(a => a.SupportedDiagnostics).Concat(ToolDiagnostics.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
        Schema = new ConfigurationSchema(
            Descriptors.Select(d => d.Id),
            Analyzers.SelectMany(a => a.SupportedOptions),
            Analyzers.SelectMany(a => a.SupportedSections));
    }

    public ImmutableArray<DraftAnalyzer> Analyzers { get; }

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public ConfigurationSchema Schema { get; }

    /// <summary>
    /// When set, told each analyzer's time on each draft in <see cref="System.Diagnostics.Stopwatch"/>
    /// ticks and the bytes it allocated on this thread (<c>--verbose</c> timings); unset, no clock is read.
    /// </summary>
    public Action<DraftAnalyzer, long, long>? AnalyzerTimed { get; set; }

    /// <summary>An engine with every rule built into ReportLint.</summary>
    public static LintEngine CreateDefault() => new(BuiltInAnalyzers.Create());

    /// <summary>
    /// Analyzes a draft. Given the <paramref name="cache"/> of the document the draft is a version
    /// of, it reuses what earlier analyses found in the blocks that did not change; the result is
    /// the same as without it.
    /// </summary>
    public LintResult Analyze(Draft draft, LintConfiguration configuration, CancellationToken cancellationToken = default, AnalysisCache? cache = null)
    {
        var cached = cache is not null && cache.TryBegin(this, configuration);
        var completed = false;
        try
        {
            var result = RunAll(new DraftSession(draft, configuration, cancellationToken, cached ? cache : null));
            completed = true;
            return result;
        }
        finally
        {
            if (cached)
            {
                cache!.End(completed);
            }
        }
    }

    private LintResult RunAll(DraftSession session)
    {
        var draft = session.Draft;
        for (var analyzer = 0; analyzer < _registrations.Length; analyzer++)
        {
            if (IsEnabled(_registrations[analyzer].Analyzer, session.Configuration))
            {
                if (AnalyzerTimed is { } timed)
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    Run(analyzer, session);
                    timed(_registrations[analyzer].Analyzer, System.Diagnostics.Stopwatch.GetTimestamp() - started, GC.GetAllocatedBytesForCurrentThread() - allocated);
                }
                else
                {
                    Run(analyzer, session);
                }
            }
        }

        foreach (var note in draft.Notes)
        {
            session.Report(ToolDiagnostics.LegacyEncoding, note.Span, [], null, []);
        }

        var kept = SuppressionFilter.Apply(session, session.Diagnostics.Where(d => !InIgnoredSpan(draft, d)));
        return new LintResult(draft, [.. kept.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End).ThenBy(d => d.Id, StringComparer.Ordinal)])
        {
            FigureChecks = [.. session.FigureChecks.OrderBy(c => c.Span.Start).ThenBy(c => c.RuleId, StringComparer.Ordinal)],
        };
    }

    private static AnalysisContext Register(DraftAnalyzer analyzer)
    {
        var context = new AnalysisContext(analyzer);
        analyzer.Initialize(context);
        return context;
    }

    private static bool IsEnabled(DraftAnalyzer analyzer, LintConfiguration configuration) =>
        analyzer.SupportedDiagnostics.Any(d => configuration.EffectiveSeverity(d) != RuleSeverity.Off);

    private void Run(int analyzer, DraftSession session)
    {
        var registration = _registrations[analyzer];
        try
        {
            foreach (var action in registration.DraftActions)
            {
                action(new DraftAnalysisContext(session));
            }

            if (registration.BlockActions.Count > 0 || registration.SentenceActions.Count > 0)
            {
                var blocks = session.Draft.Blocks;
                for (var i = 0; i < blocks.Length; i++)
                {
                    session.CancellationToken.ThrowIfCancellationRequested();
                    RunOnBlock(analyzer, session, i);
                }
            }

            foreach (var table in session.Draft.Tables)
            {
                foreach (var action in registration.TableActions)
                {
                    action(new TableAnalysisContext(session, table));
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One broken rule must not hide what the others found, as Roslyn's AD0001 does.
            var rule = registration.Analyzer.SupportedDiagnostics.FirstOrDefault()?.Id ?? registration.Analyzer.GetType().Name;
            session.Report(ToolDiagnostics.RuleFailed, default, [], null, [rule, e.Message]);
        }
    }

    private void RunOnBlock(int analyzer, DraftSession session, int blockIndex)
    {
        var block = session.Draft.Blocks[blockIndex];
        var entry = session.CachedEntryOf(blockIndex, _registrations.Length);
        if (entry?.RecordingOf(analyzer) is { } recording)
        {
            recording.Replay(session, block.Span.Start);
            return;
        }

        if (entry is null)
        {
            RunActions(_registrations[analyzer], session, block);
            return;
        }

        // Only a block whose actions all returned is recorded: one that threw is reported as
        // RL9004 and must throw again next time.
        session.Recorder = new BlockRecorder(block.Span);
        try
        {
            RunActions(_registrations[analyzer], session, block);
            if (session.Recorder.Finish() is { } finished)
            {
                entry.Keep(analyzer, finished);
            }
        }
        finally
        {
            session.Recorder = null;
        }
    }

    private static void RunActions(AnalysisContext registration, DraftSession session, Block block)
    {
        var text = session.TextOf(block);
        foreach (var action in registration.BlockActions)
        {
            action(new BlockAnalysisContext(session, text));
        }

        foreach (var sentence in text.Sentences)
        {
            foreach (var action in registration.SentenceActions)
            {
                action(new SentenceAnalysisContext(session, text, sentence));
            }
        }
    }

    private static bool InIgnoredSpan(Draft draft, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return span.Length > 0 && draft.IgnoredSpans.Any(ignored => ignored.Contains(span));
    }

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
