using System.Collections.Immutable;
using ReportLint.Documents;

namespace ReportLint.Analysis.Fixes;

/// <summary>
/// Applies every certain fix to a draft, again and again, until a pass finds nothing more to fix:
/// one fix can bring another to light ("các các các" loses one word a pass), and fixes that
/// overlap wait for the next pass. The number of passes is bounded, so rules whose fixes undo each
/// other cannot loop forever. How a set of fixes becomes a new draft is the caller's: the text of
/// a Markdown or plain-text draft, tracked changes in a copy of a Word draft.
/// </summary>
internal static class FixLoop
{
    public const int DefaultMaxPasses = 10;

    /// <summary>
    /// <paramref name="lint"/> analyses a draft; <paramref name="apply"/> applies the fixes it can
    /// (all of them, or those its format can hold) and returns the new draft with the fixes it applied.
    /// </summary>
    public static FixOutcome Run(
        Draft draft,
        Func<Draft, LintResult> lint,
        Func<Draft, IReadOnlyList<RuleFix>, AppliedFixes> apply,
        int maxPasses = DefaultMaxPasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPasses, 1);
        var passes = ImmutableArray.CreateBuilder<FixPass>();
        var result = lint(draft);
        while (true)
        {
            var fixes = CertainFixes.NonOverlapping(result.Diagnostics, result.Draft.Text.Length);
            if (fixes.Count == 0)
            {
                return new FixOutcome(passes.ToImmutable(), result, Converged: true);
            }

            if (passes.Count == maxPasses)
            {
                return new FixOutcome(passes.ToImmutable(), result, Converged: false);
            }

            var applied = apply(result.Draft, fixes);
            if (applied.Fixes.Count == 0)
            {
                // Nothing the format could hold: what is left stays a finding.
                return new FixOutcome(passes.ToImmutable(), result, Converged: true);
            }

            passes.Add(new FixPass(result.Draft, [.. applied.Fixes]));
            result = lint(applied.Draft);
        }
    }

    /// <summary>The text of a Markdown or plain-text draft with the fixes applied, read again as the same kind of draft.</summary>
    public static AppliedFixes ApplyToText(Draft draft, IReadOnlyList<RuleFix> fixes)
    {
        var fixedText = draft.Text.WithChanges(fixes.Select(f => f.Change));
        return new AppliedFixes(DraftLoader.FromText(draft.Path, fixedText, draft.Notes), fixes);
    }
}

/// <summary>The draft a pass of fixes made, and which of the fixes offered it holds.</summary>
internal sealed record AppliedFixes(Draft Draft, IReadOnlyList<RuleFix> Fixes);
