namespace ReportLint.Numbers.Relations;

/// <summary>What a <see cref="FigureToken"/> is: the relation grammar sees words, marks, figures and sentence ends.</summary>
internal enum FigureTokenKind
{
    Word,
    Mark,
    Figure,
    SentenceEnd,
}

/// <summary>
/// One unit of a paragraph as the relation grammar reads it. A figure token stands for a whole
/// <see cref="NumberMention"/> (its hedge, number and unit phrase), so patterns are written between figures.
/// </summary>
/// <remarks>Text: A word lower-cased in the classic tone style (<c>hòa</c>, <c>ủy</c>); a mark's character; empty otherwise.</remarks>
internal readonly record struct FigureToken(FigureTokenKind Kind, int Start, int End, string Text, NumberMention? Mention)
{
    /// <summary>A word written with a capital: names start so ("Vietcombank", "Hà Nội").</summary>
    public bool Capitalized { get; init; }
}
