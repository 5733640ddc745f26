using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>What every action sees: the draft, the configuration, and where to report.</summary>
public abstract class ActionContext
{
    private readonly DraftSession _session;

    private protected ActionContext(DraftSession session) => _session = session;

    public Draft Draft => _session.Draft;

    public LintConfiguration Configuration => _session.Configuration;

    public CancellationToken CancellationToken => _session.CancellationToken;

    public RuleOptions Options(string ruleId) => _session.Configuration.OptionsOf(ruleId);

    /// <summary>The tokens and sentences of a block, computed once per draft.</summary>
    public BlockText TextOf(Block block) => _session.TextOf(block);

    /// <summary>The provider's value for the block, computed the first time any action of this analysis asks.</summary>
    public TValue GetValue<TValue>(BlockText text, BlockValueProvider<TValue> provider) => _session.GetValue(this, text, provider);

    /// <summary>The provider's value for the draft, computed the first time any action of this analysis asks.</summary>
    public TValue GetValue<TValue>(DraftValueProvider<TValue> provider) => _session.GetValue(this, provider);

    public Location CreateLocation(TextSpan sourceSpan) => _session.CreateLocation(sourceSpan);

    /// <summary>Reports a diagnostic at a span of the source text.</summary>
    public void Report(
        DiagnosticDescriptor descriptor,
        TextSpan sourceSpan,
        ImmutableDictionary<string, string?>? properties = null,
        params object?[] messageArgs) =>
        _session.Report(descriptor, sourceSpan, [], properties, messageArgs);

    /// <summary>Reports a diagnostic with other places that take part in it (SARIF related locations).</summary>
    public void ReportWithRelated(
        DiagnosticDescriptor descriptor,
        TextSpan sourceSpan,
        IEnumerable<TextSpan> relatedSpans,
        ImmutableDictionary<string, string?>? properties = null,
        params object?[] messageArgs) =>
        _session.Report(descriptor, sourceSpan, relatedSpans, properties, messageArgs);

    /// <summary>Records a relation between figures that was checked, consistent or not (see <see cref="LintResult.FigureChecks"/>).</summary>
    internal void ReportFigureCheck(FigureCheck check) => _session.AddFigureCheck(check);
}

public sealed class DraftAnalysisContext : ActionContext
{
    internal DraftAnalysisContext(DraftSession session)
        : base(session)
    {
    }
}

public sealed class BlockAnalysisContext : ActionContext
{
    internal BlockAnalysisContext(DraftSession session, BlockText text)
        : base(session) => Text = text;

    public Block Block => Text.Block;

    public BlockText Text { get; }

    /// <summary>Reports at a span of the block's prose, mapped back to the source.</summary>
    public void ReportAtProse(DiagnosticDescriptor descriptor, int proseStart, int proseLength, ImmutableDictionary<string, string?>? properties = null, params object?[] messageArgs) =>
        Report(descriptor, Block.Prose.ToSource(proseStart, proseLength), properties, messageArgs);
}

public sealed class SentenceAnalysisContext : ActionContext
{
    internal SentenceAnalysisContext(DraftSession session, BlockText text, Sentence sentence)
        : base(session)
    {
        Text = text;
        Sentence = sentence;
    }

    public Block Block => Text.Block;

    public BlockText Text { get; }

    public Sentence Sentence { get; }

    public ReadOnlySpan<Token> Tokens => Text.Tokens.AsSpan(Sentence.FirstToken, Sentence.TokenCount);
}

public sealed class TableAnalysisContext : ActionContext
{
    internal TableAnalysisContext(DraftSession session, DraftTable table)
        : base(session) => Table = table;

    public DraftTable Table { get; }
}
