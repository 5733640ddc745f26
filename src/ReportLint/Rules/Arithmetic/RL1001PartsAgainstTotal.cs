using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// RL1001: the figures listed under a total do not add up to it (<c>41 chi đảng bộ cơ sở, gồm: 13
/// đảng bộ cơ sở, 159 chi bộ trực thuộc</c>). Silent whenever some reading the unit vocabulary allows
/// makes them add up: the level below (<c>300 chi bộ trực thuộc</c>) may be left out.
/// </summary>
public sealed class RL1001PartsAgainstTotal : ArithmeticAnalyzer
{
    public const string Id = "RL1001";

    public static readonly DiagnosticDescriptor Descriptor = ArithmeticRules.Family.Descriptor(Id, DiagnosticSeverity.Error);

    protected override DiagnosticDescriptor Rule => Descriptor;

    public override void Initialize(AnalysisContext context) => RegisterFigures(context, Analyze);

    private static void Analyze(BlockAnalysisContext context, BlockFigures figures)
    {
        foreach (var list in PartListReader.Read(figures))
        {
            var total = list.Total.BaseValue;
            var counted = list.Counted.ToList();
            var below = list.BelowListed.ToList();
            var partsOnly = counted.Sum(c => c.Value);
            var withBelow = partsOnly + below.Sum(b => b.Value);
            var complete = counted.Any(c => c.Role == PartRole.Slice) || CoversTotal(figures.Vocabulary, list);

            // An incomplete list that stays under the total may just be leaving parts unsaid.
            if (!complete && below.Count == 0 && partsOnly <= total)
            {
                continue;
            }

            var holds = partsOnly == total || (below.Count > 0 && withBelow == total);
            // A failing list is shown as the author wrote it, the level below included.
            List<ListedFigure> shown = (holds && partsOnly == total) || below.Count == 0 ? counted : [.. list.Items.Where(i => i.Role != PartRole.BelowAttached)];
            var terms = shown.Select(s => s.Mention.Number).ToList();
            var scale = list.Total.BaseValue / list.Total.Number.Value;
            ArithmeticRules.Verify(
                context,
                Descriptor,
                holds,
                Source(context, list.Total.Span),
                shown.Select(s => Source(context, s.Mention.Span)),
                null,
                FigureText.Sum(terms),
                FigureText.Format(shown.Sum(s => s.Value) / scale, terms.Append(list.Total.Number)),
                list.Total.Number.Text);
        }
    }

    private static bool CoversTotal(UnitVocabulary vocabulary, PartList list)
    {
        var whole = list.Total.Unit!.Definition!;
        var covered = list.Counted
            .Select(c => vocabulary.ReadAsPartOf(c.Mention.Unit!.Definition!, whole))
            .SelectMany(u => u.Parts.Count == 0 ? [u] : vocabulary.LeafPartsOf(u))
            .ToHashSet();
        return vocabulary.LeafPartsOf(whole).All(covered.Contains);
    }
}
