using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Localization;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3002: decomposed (NFD) letters, zero-width characters and soft hyphens. Prose is already NFC,
/// so the rule reads the source text of each block. A no-break space beside a space is left to
/// RL2002 (doubled space), which reports it as the double space the reader sees.
/// </summary>
internal sealed class RL3002UnicodeNormalization : DraftAnalyzer
{
    public const string Id = "RL3002";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var source = context.Draft.Text;
        HashSet<int>? reported = null;

        // A text made from a string gives that string back whole: one search, no copy per block.
        var whole = source.ToString();
        foreach (var block in context.Draft.Blocks)
        {
            if (!UnicodeNormalizationIssues.MayHaveIssues(whole.AsSpan(block.Span.Start, block.Span.Length)))
            {
                continue;
            }

            var raw = source.ToString(block.Span);
            var issues = UnicodeNormalizationIssues.Find(raw).Where(i => i.Kind != NormalizationIssueKind.NoBreakSpaceBesideSpace).ToList();
            var decomposed = issues.Count(i => i.Kind == NormalizationIssueKind.Decomposed);
            if (decomposed > 0)
            {
                // A paragraph typed in NFD has dozens of decomposed letters: one finding, one fix for all.
                var first = issues[0].Start;
                var end = issues[^1].Start + issues[^1].Length;
                var example = issues.First(i => i.Kind == NormalizationIssueKind.Decomposed).Replacement;
                Report(context, block.Span.Start + first, end - first, Repaired(raw, first, end, issues), OrthographyRules.Family.Phrase("RL3002_Decomposed", decomposed.ToString(CultureInfo.InvariantCulture), example), ref reported);
                continue;
            }

            foreach (var issue in issues)
            {
                var replacement = issue.Kind == NormalizationIssueKind.SoftHyphen ? SoftHyphenReplacement(raw, issue.Start) : issue.Replacement;
                var description = issue.Kind != NormalizationIssueKind.SoftHyphen
                    ? OrthographyRules.Family.Phrase("RL3002_ZeroWidth", $"U+{(int)raw[issue.Start]:X4}")
                    : OrthographyRules.Family.Phrase(replacement switch
                    {
                        null => "RL3002_SoftHyphenUncertain",
                        " " => "RL3002_SoftHyphenForSpace",
                        _ => "RL3002_SoftHyphen",
                    });
                Report(context, block.Span.Start + issue.Start, issue.Length, replacement, description, ref reported);
            }
        }
    }

    private static void Report(DraftAnalysisContext context, int start, int length, string? replacement, LocalizedPhrase description, ref HashSet<int>? reported)
    {
        // Block spans are not promised to be disjoint: report each place once.
        var span = new TextSpan(start, length);
        if ((reported ??= []).Add(span.Start))
        {
            context.Report(Rule, span, replacement is null ? null : FixData.Replace(span, replacement), description);
        }
    }

    /// <summary>
    /// What a soft hyphen at <paramref name="at"/> should become. Inside a syllable (or a foreign
    /// word) it is a hyphenation point: deleted, the reader sees what they saw. Between two whole
    /// Vietnamese syllables it stands where a space was lost (<c>chính­trị</c> reads “chínhtrị”):
    /// a space. Between two syllables without marks it may be either (<c>hoa­mai</c>, <c>in­to</c>):
    /// no certain fix.
    /// </summary>
    private static string? SoftHyphenReplacement(string raw, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetter(raw[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < raw.Length && char.IsLetter(raw[end]))
        {
            end++;
        }

        var left = raw.AsSpan(start, at - start);
        var right = raw.AsSpan(at + 1, end - at - 1);
        if (left.IsEmpty || right.IsEmpty || VietnameseSyllable.IsValid(string.Concat(left, right))
            || !VietnameseSyllable.IsValid(left) || !VietnameseSyllable.IsValid(right))
        {
            return string.Empty;
        }

        return Ascii.IsValid(left) && Ascii.IsValid(right) ? null : " ";
    }

    /// <summary>The stretch raw[start..end) with every issue in it replaced.</summary>
    private static string Repaired(string raw, int start, int end, List<NormalizationIssue> issues)
    {
        var repaired = new StringBuilder(end - start);
        var at = start;
        foreach (var issue in issues)
        {
            repaired.Append(raw, at, issue.Start - at).Append(issue.Replacement);
            at = issue.Start + issue.Length;
        }

        return repaired.Append(raw, at, end - at).ToString();
    }
}
