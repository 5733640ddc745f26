namespace ReportLint.Numbers.Relations;

/// <summary>One entry of the relation grammar: a phrasing, the claim it makes and, for sums, whether it claims the whole.</summary>
/// <remarks>Source: The pattern as written in the data file, to name it in explanations.</remarks>
public sealed record RelationRule(string Source, IReadOnlyList<PatternElement> Elements, RelationKind Kind, bool Complete)
{
    /// <summary>The connective does not itself say the figures are parts ("với"): only a covering of the total makes it a sum.</summary>
    public bool Weak { get; init; }

    /// <summary>Choices the pattern cannot match without: a paragraph holding none of the first words of one of them is skipped.</summary>
    public IReadOnlyList<WordChoice> Required { get; } = [.. Elements.OfType<WordChoice>().Where(c => !c.Optional)];
}
