using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>
/// Runs every enabled analyzer over a draft, then applies rules.yml severities and inline
/// suppressions. It knows nothing of the command line or the language server.
/// </summary>
public sealed class LintEngine
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

    /// <summary>An engine with every rule built into ReportLint.</summary>
    public static LintEngine CreateDefault() => new(BuiltInAnalyzers.Create());

    public LintResult Analyze(Draft draft, LintConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var session = new DraftSession(draft, configuration, cancellationToken);
        foreach (var registration in _registrations)
        {
            if (IsEnabled(registration.Analyzer, configuration))
            {
                Run(registration, session);
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

    private static void Run(AnalysisContext registration, DraftSession session)
    {
        try
        {
            foreach (var action in registration.DraftActions)
            {
                action(new DraftAnalysisContext(session));
            }

            if (registration.BlockActions.Count > 0 || registration.SentenceActions.Count > 0)
            {
                foreach (var block in session.Draft.Blocks)
                {
                    session.CancellationToken.ThrowIfCancellationRequested();
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
