using System.Collections.Immutable;
using ReportLint.Documents;

namespace ReportLint.Analysis.Fixes;

/// <summary>
/// The fixes one pass applied, with the draft they were applied to (their spans count in its
/// text), so that what changed can be shown in the words and places the author saw.
/// </summary>
internal sealed record FixPass(Draft Before, ImmutableArray<RuleFix> Applied);
