using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ReportLint.Numbers.Claims;

/// <summary>
/// Counts stated as a percentage of a total given earlier in the paragraph: <c>Đảng bộ huyện có 41
/// chi đảng bộ cơ sở … 1 đảng bộ và 5 chi bộ hoàn thành xuất sắc nhiệm vụ, chiếm 15,2%</c>.
/// </summary>
/// <param name="Percentage">The percentage stated for them.</param>
/// <param name="Counts">The counts that make the share (<c>1 đảng bộ</c>, <c>5 chi bộ</c>).</param>
/// <param name="Totals">Every earlier figure the share may be of: the total stated with <c>có</c>, and
/// any earlier figure of exactly the counts' unit (a narrower total).</param>
public sealed record CountShare(ImmutableArray<NumberMention> Counts, NumberMention Percentage, ImmutableArray<NumberMention> Totals)
{
    public decimal Sum => Counts.Sum(c => c.BaseValue);
}

public static class CountShareReader
{
    private const int MaxDistance = 120;

    // How many earlier figures a share looks back through for its total. A paragraph states its
    // total a few figures before the shares; without a bound, a paragraph of thousands of figures
    // (a pasted table, a generated file) made every share scan all of them, quadratic in the block.
    private const int MaxLookBack = 200;

    private static readonly FrozenSet<string> Joiners = new[] { ",", "và", ", và" }.ToFrozenSet();
    private static readonly FrozenSet<string> ChangeWords = new[] { "tăng", "giảm", "thêm", "mới" }.ToFrozenSet();
    private static readonly FrozenSet<string> TotalLeads = new[] { "có", "số", "gồm" }.ToFrozenSet();

    public static IEnumerable<CountShare> Read(BlockFigures figures)
    {
        var quantities = figures.Quantities;
        for (var i = 1; i < quantities.Length; i++)
        {
            var percentage = quantities[i];
            if (!StatedPercentage.IsPortion(figures, percentage) || percentage.Unit is { Definition: not null })
            {
                continue;
            }

            var first = i - 1;
            if (!IsCount(quantities[first]) || percentage.Span.Start - quantities[first].Span.End > MaxDistance
                || !figures.InOneClause(quantities[first].Span.End, percentage.Span.Start) || figures.Gap(quantities[first].Span.End, percentage.Span.Start).Any(char.IsDigit))
            {
                continue;
            }

            while (first > 0 && IsCount(quantities[first - 1]) && Joiners.Contains(figures.Gap(quantities[first - 1].Span.End, quantities[first].Span.Start)))
            {
                first--;
            }

            if (ChangeWords.Contains(figures.WordBefore(quantities[first].Span.Start)))
            {
                continue;
            }

            var counts = quantities.Skip(first).Take(i - first).ToImmutableArray();
            var totals = TotalsBefore(figures, quantities, first, counts);
            if (!totals.IsEmpty)
            {
                yield return new CountShare(counts, percentage, totals);
            }
        }
    }

    private static bool IsCount(NumberMention mention) =>
        mention.IsExact && mention.Kind == NumberKind.Count && mention.Unit?.Definition is { Kind: UnitKind.Count };

    // "hộ nghèo" are households of one kind: a share of "hộ".
    private static bool IsKindOf(UnitDefinition unit, UnitDefinition whole) =>
        unit.Name.StartsWith(whole.Name + " ", StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<NumberMention> TotalsBefore(BlockFigures figures, ImmutableArray<NumberMention> quantities, int first, ImmutableArray<NumberMention> counts)
    {
        var vocabulary = figures.Vocabulary;
        var sum = counts.Sum(c => c.BaseValue);
        var totals = ImmutableArray.CreateBuilder<NumberMention>();
        var statedWithCo = false;
        for (var k = first - 1; k >= Math.Max(0, first - MaxLookBack); k--)
        {
            var candidate = quantities[k];
            if (!IsCount(candidate) || candidate.BaseValue < sum || candidate.Unit!.Qualifier.Length > 0 || ChangeWords.Contains(figures.WordBefore(candidate.Span.Start)))
            {
                continue;
            }

            var whole = candidate.Unit.Definition!;
            var covers = counts.All(c => vocabulary.ReadAsPartOf(c.Unit!.Definition!, whole) is var unit
                && (ReferenceEquals(unit, whole) || vocabulary.IsPartOf(unit, whole) || IsKindOf(unit, whole)));
            if (!covers)
            {
                continue;
            }

            var isStated = TotalLeads.Contains(figures.WordBefore(candidate.Span.Start));
            statedWithCo |= isStated;
            totals.Add(candidate);
        }

        // Without a total stated as such, the earlier figures may be of something else entirely.
        return statedWithCo ? totals.ToImmutable() : [];
    }
}
