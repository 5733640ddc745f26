using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The state of one analysis of one draft: shared caches and collected diagnostics.</summary>
internal sealed class DraftSession(Draft draft, LintConfiguration configuration, CancellationToken cancellationToken, AnalysisCache? cache = null)
{
    private readonly Dictionary<Block, BlockText> _texts = new(ReferenceEqualityComparer.Instance);
    private readonly CachedBlock?[] _entries = cache is null ? [] : new CachedBlock?[draft.Blocks.Length];
    private readonly Dictionary<object, object?> _draftValues = new(ReferenceEqualityComparer.Instance);

    public Draft Draft { get; } = draft;

    public LintConfiguration Configuration { get; } = configuration;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<FigureCheck> FigureChecks { get; } = [];

    /// <summary>Set while a block's actions run under a cache, to record what they report.</summary>
    public BlockRecorder? Recorder { get; set; }

    public BlockText TextOf(Block block)
    {
        if (!_texts.TryGetValue(block, out var text))
        {
            text = cache?.TextOf(block) ?? BlockText.Analyze(block);
            _texts[block] = text;
        }

        return text;
    }

    /// <summary>The cache's entry for the draft's block at <paramref name="index"/>; null without a cache.</summary>
    public CachedBlock? CachedEntryOf(int index, int analyzers)
    {
        if (cache is null)
        {
            return null;
        }

        return _entries[index] ??= cache.EntryOf(Draft.Blocks[index], Draft.Text, analyzers);
    }

    /// <summary>
    /// The value is kept with the block's tokenized prose, which an <see cref="AnalysisCache"/>
    /// shares with later versions of the document until the configuration changes.
    /// </summary>
    public TValue GetValue<TValue>(ActionContext context, BlockText text, BlockValueProvider<TValue> provider)
    {
        var values = text.Tokenized.Values;
        if (!values.TryGetValue(provider, out var value))
        {
            value = provider.Compute(context, text);
            values[provider] = value;
        }

        return (TValue)value!;
    }

    public TValue GetValue<TValue>(ActionContext context, DraftValueProvider<TValue> provider)
    {
        if (!_draftValues.TryGetValue(provider, out var value))
        {
            value = provider.Compute(context);
            _draftValues[provider] = value;
        }

        return (TValue)value!;
    }

    public Location CreateLocation(TextSpan span) =>
        Location.Create(Draft.Path, span, Draft.Text.Lines.GetLinePositionSpan(span));

    /// <summary>
    /// Creates the diagnostic with the severity rules.yml gives it; one that is off is dropped
    /// before it costs anything more.
    /// </summary>
    public Diagnostic? Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        IEnumerable<TextSpan> relatedSpans,
        ImmutableDictionary<string, string?>? properties,
        object?[] messageArgs)
    {
        var severity = Configuration.EffectiveSeverity(descriptor);
        return severity == RuleSeverity.Off
            ? null
            : Diagnostic.Create(descriptor, CreateLocation(span), LintEngine.ToRoslyn(severity), relatedSpans.Select(CreateLocation), properties, messageArgs);
    }

    public void Report(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        IEnumerable<TextSpan> relatedSpans,
        ImmutableDictionary<string, string?>? properties,
        object?[] messageArgs)
    {
        if (Recorder is { } recorder)
        {
            var related = relatedSpans.ToImmutableArray();
            recorder.Report(descriptor, span, related, properties, messageArgs);
            relatedSpans = related;
        }

        if (Create(descriptor, span, relatedSpans, properties, messageArgs) is { } diagnostic)
        {
            Diagnostics.Add(diagnostic);
        }
    }

    public void AddFigureCheck(FigureCheck check)
    {
        Recorder?.FigureCheck(check);
        FigureChecks.Add(check);
    }
}
