namespace ReportLint.Numbers;

/// <summary>
/// Finds every number in a paragraph and says what it is: a quantity with its unit, or a year,
/// date, time, document number, ordinal, duration, rate or code that arithmetic must leave alone.
/// One pass over the characters, no regular expressions; offsets are into the string given.
/// </summary>
/// <remarks>Thread-safe: a scanner holds only its immutable vocabulary.</remarks>
internal sealed class NumberScanner
{
    private static readonly Lazy<NumberScanner> DefaultScanner = new(() => new NumberScanner(UnitVocabulary.Default));

    public NumberScanner(UnitVocabulary vocabulary) => Vocabulary = vocabulary;

    /// <summary>A scanner over <see cref="UnitVocabulary.Default"/>.</summary>
    public static NumberScanner Default => DefaultScanner.Value;

    public UnitVocabulary Vocabulary { get; }

    /// <summary>Every number of <paramref name="paragraph"/> (NFC text of one block), in order of position.</summary>
    public IReadOnlyList<NumberMention> Scan(string paragraph) => new ParagraphScan(paragraph, Vocabulary).Run();
}
