namespace ReportLint.Numbers.Relations;

/// <summary>One entry of the relation grammar: a phrasing, the claim it makes and, for sums, whether it claims the whole.</summary>
/// <remarks>Source: The pattern as written in the data file, to name it in explanations.</remarks>
internal sealed record RelationRule(string Source, IReadOnlyList<PatternElement> Elements, RelationKind Kind, bool Complete)
{
    /// <summary>The connective does not itself say the figures are parts ("với"): only a covering of the total makes it a sum.</summary>
    public bool Weak { get; init; }

    /// <summary>
    /// Sum only: the parts are categories of one classification that do not overlap, except the parts
    /// with the role <c>nested</c>, which may be counted inside another (the excellent among the good).
    /// A partial listing is then wrong whenever it exceeds its total.
    /// </summary>
    public bool Disjoint { get; init; }

    /// <summary>Choices the pattern cannot match without: a paragraph holding none of the first words of one of them is skipped.</summary>
    public IReadOnlyList<WordChoice> Required { get; } = [.. Elements.OfType<WordChoice>().Where(c => !c.Optional)];

    /// <summary>How many tokens at most come before the first required choice: a match starts no further from it.</summary>
    public int Lead { get; } = LeadOf(Elements);

    private const int TokensPerListItem = 16;
    private const int ListItems = 30;

    private static int LeadOf(IReadOnlyList<PatternElement> elements)
    {
        var lead = 0;
        foreach (var element in elements)
        {
            if (element is WordChoice { Optional: false })
            {
                return lead;
            }

            lead += element switch
            {
                FigureSlot { IsList: true } or FigureSlot { Kind: FigureSlotKind.Names or FigureSlotKind.Phrases } => TokensPerListItem * ListItems,
                WordGap gap => gap.MaxWords,
                WordChoice choice => choice.Alternatives.Max(a => a.Count),
                _ => 1,
            };
        }

        return lead;
    }
}
