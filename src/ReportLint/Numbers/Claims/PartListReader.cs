using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ReportLint.Numbers.Claims;

/// <summary>
/// Finds totals followed by a list of figures (<c>41 chi đảng bộ cơ sở, gồm: 13 đảng bộ cơ sở, 159 chi
/// bộ trực thuộc</c>). A list is kept only when the vocabulary relates every listed unit to the
/// total's: a part of it, the level below it, or the same unit split by a strong <c>gồm</c> or by sex.
/// </summary>
public static class PartListReader
{
    private const int MaxLeadInLength = 60;

    // Markers that promise the whole (gồm) and those that may introduce a subset (trong đó, với).
    private static readonly string[] ExhaustiveMarkers = ["bao gồm", "gồm có", "gồm"];
    private static readonly string[] Markers = ["trong đó có", "trong đó gồm", "trong đó", "với", .. ExhaustiveMarkers];

    private static readonly FrozenSet<string> SiblingSeparators = new[] { ",", "và", ", và", ";" }.ToFrozenSet();

    public static IEnumerable<PartList> Read(BlockFigures figures)
    {
        var quantities = figures.Quantities;
        for (var i = 0; i + 2 < quantities.Length; i++)
        {
            var total = quantities[i];
            if (!IsListable(total) || total.Number.Value == 0 || !IsListable(quantities[i + 1]) || !TryReadMarker(figures, total, quantities[i + 1], out var exhaustive))
            {
                continue;
            }

            var listed = new List<(NumberMention Mention, bool Attached)> { (quantities[i + 1], false) };
            for (var k = i + 2; k < quantities.Length && IsListable(quantities[k]); k++)
            {
                var gap = figures.Gap(quantities[k - 1].Span.End, quantities[k].Span.Start);
                var attached = gap == "với";
                if (!attached && !SiblingSeparators.Contains(Describing.Strip(gap)))
                {
                    break;
                }

                listed.Add((quantities[k], attached));
            }

            if (Classify(figures, total, listed, exhaustive) is { } list)
            {
                yield return list;
            }
        }
    }

    private static bool IsListable(NumberMention mention) => mention.IsExact && mention.Kind is NumberKind.Count or NumberKind.Money;

    private static bool IsKnown(NumberMention mention) => mention.Unit?.Definition is not null;

    private static bool TryReadMarker(BlockFigures figures, NumberMention total, NumberMention first, out bool exhaustive)
    {
        exhaustive = false;
        if (!figures.InOneSentence(total.Span.End, first.Span.Start))
        {
            return false;
        }

        var gap = figures.Gap(total.Span.End, first.Span.Start).TrimEnd(':', ' ');
        if (gap.Length > MaxLeadInLength || gap.Contains(';') || gap.Any(char.IsDigit))
        {
            return false;
        }

        foreach (var marker in Markers)
        {
            if (gap == marker || gap.EndsWith(" " + marker, StringComparison.Ordinal) || gap.EndsWith("," + marker, StringComparison.Ordinal))
            {
                exhaustive = ExhaustiveMarkers.Contains(marker);
                return true;
            }
        }

        // "65 tổ chức cơ sở đảng: 21 đảng bộ, 44 chi bộ"
        return figures.Gap(total.Span.End, first.Span.Start).TrimEnd() == ":";
    }

    private static PartList? Classify(BlockFigures figures, NumberMention total, List<(NumberMention Mention, bool Attached)> listed, bool exhaustive)
    {
        if (!IsKnown(total) || listed.Any(l => !IsKnown(l.Mention)))
        {
            // Units the vocabulary does not know ("21 con bạc, gồm 15 nam và 5 nữ") can still be split by sex.
            var slices = listed.Select(l => new ListedFigure(l.Mention, PartRole.Slice)).ToList();
            return total.Kind == NumberKind.Count && listed.All(l => !l.Attached && l.Mention.Kind == NumberKind.Count) && SexSplit.Covers(slices)
                ? new PartList(total, [.. slices])
                : null;
        }

        var vocabulary = figures.Vocabulary;
        var whole = total.Unit!.Definition!;
        var items = ImmutableArray.CreateBuilder<ListedFigure>(listed.Count);
        foreach (var (mention, attached) in listed)
        {
            var unit = vocabulary.ReadAsPartOf(mention.Unit!.Definition!, whole);
            PartRole role;
            if (vocabulary.IsPartOf(unit, whole))
            {
                role = PartRole.Part;
            }
            else if (vocabulary.IsBelow(unit, whole))
            {
                role = attached ? PartRole.BelowAttached : PartRole.BelowListed;
            }
            else if (ReferenceEquals(unit, whole) && !attached && mention.Multiplier == total.Multiplier)
            {
                role = PartRole.Slice;
            }
            else
            {
                // A figure of another kind: the list is not a split of the total.
                return null;
            }

            items.Add(new ListedFigure(mention, role));
        }

        var result = new PartList(total, items.ToImmutable());
        var counted = result.Counted.ToList();
        if (counted.Count + result.BelowListed.Count() < 2 || counted.Count == 0)
        {
            return null;
        }

        if (counted.Any(c => c.Role == PartRole.Slice))
        {
            // Slices of one unit split the total only when "gồm" says the list is the whole, or when they are the two sexes.
            var allSlices = counted.All(c => c.Role == PartRole.Slice) && !result.BelowListed.Any();
            return allSlices && (exhaustive && !RatingCategories.Mentions(figures.Text, total.Span.End, counted[^1].Mention.Span.End) || SexSplit.Covers(counted))
                ? result
                : null;
        }

        var distinctParts = counted.Select(c => vocabulary.ReadAsPartOf(c.Mention.Unit!.Definition!, whole)).Distinct().Count();
        return distinctParts == counted.Count ? result : null;
    }
}
