using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// Something computed from a block's prose and shared by every action that asks for it (the traits
/// of its words, its figures), as Roslyn's <c>SourceTextValueProvider</c> does. Keep one instance
/// in a static field: the instance is the key. The value must depend on the prose and the
/// configuration only: it is kept with the prose's tokens, for one analysis, or, under an
/// <see cref="AnalysisCache"/>, for every later version of the document that keeps that prose.
/// </summary>
public sealed class BlockValueProvider<TValue>(Func<ActionContext, BlockText, TValue> compute)
{
    internal TValue Compute(ActionContext context, BlockText text) => compute(context, text);
}

/// <summary>Something computed from the whole draft once per analysis and shared by the rules that read it.</summary>
public sealed class DraftValueProvider<TValue>(Func<ActionContext, TValue> compute)
{
    internal TValue Compute(ActionContext context) => compute(context);
}
