namespace ReportLint.Documents.Word;

internal enum WordPartKind
{
    Body,
    Footnote,
    Endnote,
    Header,
    Footer,
    TextBox,

    /// <summary>HTML or text imported into the body (<c>w:altChunk</c>).</summary>
    ImportedContent,
}

/// <summary>Which story a paragraph belongs to; <see cref="Number"/> counts footnotes, headers... from 1.</summary>
internal readonly record struct WordPartLabel(WordPartKind Kind, int Number = 0)
{
    public static WordPartLabel Body { get; } = new(WordPartKind.Body);

    public override string ToString() => Number == 0 ? Kind.ToString() : $"{Kind} {Number}";
}
