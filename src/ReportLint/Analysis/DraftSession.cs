using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The state of one analysis of one draft: shared caches and collected diagnostics.</summary>
internal sealed class DraftSession(Draft draft, LintConfiguration configuration, CancellationToken cancellationToken)
{
    private readonly Dictionary<Block, BlockText> _texts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(object Provider, BlockText Text), object?> _blockValues = [];
    private readonly Dictionary<object, object?> _draftValues = new(ReferenceEqualityComparer.Instance);

    public Draft Draft { get; } = draft;

    public LintConfiguration Configuration { get; } = configuration;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<FigureCheck> FigureChecks { get; } = [];

    public BlockText TextOf(Block block)
    {
        if (!_texts.TryGetValue(block, out var text))
        {
            text = BlockText.Analyze(block);
            _texts[block] = text;
        }

        return text;
    }

    public TValue GetValue<TValue>(ActionContext context, BlockText text, BlockValueProvider<TValue> provider)
    {
        if (!_blockValues.TryGetValue((provider, text), out var value))
        {
            value = provider.Compute(context, text);
            _blockValues[(provider, text)] = value;
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
        if (Create(descriptor, span, relatedSpans, properties, messageArgs) is { } diagnostic)
        {
            Diagnostics.Add(diagnostic);
        }
    }
}
