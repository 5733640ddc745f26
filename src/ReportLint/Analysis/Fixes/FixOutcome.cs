using System.Collections.Immutable;
using ReportLint.Documents;

namespace ReportLint.Analysis.Fixes;

/// <summary>
/// What applying every certain fix to one draft came to: the passes that changed it, the draft as
/// fixed and what is still found in it. <see cref="Converged"/> is false when the last pass allowed
/// still had fixes to apply (rules that keep undoing each other's fixes, for instance).
/// </summary>
internal sealed record FixOutcome(ImmutableArray<FixPass> Passes, LintResult Remaining, bool Converged)
{
    public Draft Fixed => Remaining.Draft;

    public int FixCount => Passes.Sum(p => p.Applied.Length);

    public bool Changed => !Passes.IsEmpty;
}
