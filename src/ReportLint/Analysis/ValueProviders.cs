using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// Something computed from a block once per analysis and shared by every action that asks for it
/// (the traits of its words, its figures), as Roslyn's <c>SourceTextValueProvider</c> does. Keep
/// one instance in a static field: the instance is the key.
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
