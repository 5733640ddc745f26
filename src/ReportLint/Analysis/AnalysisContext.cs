namespace ReportLint.Analysis;

/// <summary>Where an analyzer registers what it wants to look at.</summary>
public sealed class AnalysisContext
{
    internal AnalysisContext(DraftAnalyzer analyzer) => Analyzer = analyzer;

    internal DraftAnalyzer Analyzer { get; }

    internal List<Action<DraftAnalysisContext>> DraftActions { get; } = [];

    internal List<Action<BlockAnalysisContext>> BlockActions { get; } = [];

    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    internal List<Action<TableAnalysisContext>> TableActions { get; } = [];

    /// <summary>Runs once per draft, for rules that compare blocks with each other.</summary>
    public void RegisterDraftAction(Action<DraftAnalysisContext> action) => DraftActions.Add(action);

    /// <summary>Runs for every heading, paragraph, list item and table cell.</summary>
    public void RegisterBlockAction(Action<BlockAnalysisContext> action) => BlockActions.Add(action);

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action);

    public void RegisterTableAction(Action<TableAnalysisContext> action) => TableActions.Add(action);
}
